// Familiar forms of English given names ("Bill" for William, "Jim" for James): a person written
// "Bill Ford" in one article and "William Ford" in another is one person. Only forms that stand for
// one formal name (no "Jack", which is a name of its own as often as John's, nor "Ted" or "Harry").
// Pure.

const FAMILIAR: Record<string, string> = {
  william: "bill billy will willie",
  robert: "bob bobby rob robbie",
  james: "jim jimmy jamie",
  michael: "mike mickey",
  richard: "dick rick ricky rich",
  thomas: "tom tommy",
  joseph: "joe joey",
  edward: "ed eddie",
  daniel: "dan danny",
  david: "dave",
  christopher: "chris",
  anthony: "tony",
  steven: "steve stephen",
  kenneth: "ken kenny",
  lawrence: "larry",
  andrew: "andy",
  patrick: "pat",
  elizabeth: "liz beth betsy",
  katherine: "kate kathy catherine",
  susan: "sue",
  jennifer: "jenny jen",
  alexander: "alex",
  nicholas: "nick",
  samuel: "sam",
  benjamin: "ben",
  matthew: "matt",
  frederick: "fred",
  charles: "chuck charlie",
  gregory: "greg",
  jeffrey: "jeff",
  timothy: "tim",
  donald: "don",
  ronald: "ron",
  gerald: "jerry",
  douglas: "doug",
  philip: "phil",
  leonard: "len lenny",
  vincent: "vince",
};

const FORMAL = new Map<string, string>();
for (const [formal, familiar] of Object.entries(FAMILIAR)) for (const form of familiar.split(" ")) FORMAL.set(form, formal);

/** A given name's formal form, lowercased ("bill" → "william"); a name of its own as it is. */
export const formalGivenName = (given: string): string => FORMAL.get(given) ?? given;
