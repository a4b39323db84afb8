// Given names that say a person's gender, for pronoun speakers ("Maria Lopez … she said"). A compact
// list written for this project (no npm package holds one fit to ship; the list is ours, under the
// project's licence): common given names of many countries and languages, in their usual Latin
// spellings, accents dropped. Names given to both sexes somewhere ("Jean", "Andrea", "Kim", "Sasha",
// "Nicola", "Kelly", "Jordan") are left out, and so are East Asian names written surname first, so a
// name here says one gender wherever it comes from. Not drawn from any corpus.
/** A person's gender as the text tells it (an honorific, a role, a given name). */
export type Gender = "male" | "female";

const MALE = [
  // English-speaking countries
  "aaron adam adrian alan albert alexander alfred andrew anthony arthur barry benjamin bernard brian bruce carl",
  "charles christopher colin craig daniel david dennis donald douglas edward eric frank fred frederick gary",
  "geoffrey george gerald gordon graham gregory harold harry henry howard ian jack jacob james jason jeffrey",
  "jeremy john jonathan joseph joshua keith kenneth kevin larry lawrence mark martin matthew michael nathan",
  "neil nicholas patrick paul peter philip ralph raymond richard robert roger ronald russell samuel scott",
  "simon stephen steven stuart thomas timothy walter wayne william bill bob jim joe mike steve tom tony",
  // United States, more of the common ones (words of their own like "Guy", "Ray", "Dean" left out; names of both sexes like "Sam", "Chris" too)
  "jerry ryan justin willie roy brandon billy randy eugene bobby victor ernest phillip todd jesse shawn",
  "clarence sean johnny earl jimmy danny bryan stanley leonard rodney curtis norman allen marvin",
  "glenn jeffery travis jeff chad melvin kyle bradley herbert joel edwin eddie ricky troy randall leroy",
  "marcus theodore clifford oscar jay calvin jon ronnie lloyd tommy leon derek darrell jerome floyd",
  "leo alvin tim wesley greg dustin derrick dan zachary corey herman maurice vernon clyde hector shane",
  "rick lester brent tyler marc reginald ruben brett nathaniel edgar milton raul ben",
  "chester cecil duane elmer brad ron mitchell roland arnold harvey jared cory claude darryl tyrone",
  "darren lonnie lance cody julio allan clayton hugh dwayne dwight armando felix jimmie everett ken",
  "alfredo dave johnnie byron julian isaac clifton willard daryl virgil andy kirk seth terrance",
  "terrence freddie wade mitch newt mitt barack bernie jeb reince",
  // Spanish, Portuguese, Italian, French
  "alejandro alberto alfonso antonio carlos diego eduardo emilio enrique felipe fernando francisco",
  "gabriel gonzalo guillermo ignacio javier jorge jose juan luis manuel miguel pablo pedro rafael ramon",
  "ricardo roberto rodrigo santiago sergio joao paulo marcelo alessandro angelo enzo fabio francesco",
  "giovanni giuseppe lorenzo luca luigi marco massimo matteo mario paolo pietro salvatore silvio stefano",
  "vincenzo vincent alain andre antoine christophe emmanuel etienne francois guillaume henri jacques",
  "jean-claude jean-luc jean-marie jean-pierre julien laurent louis marcel mathieu nicolas olivier",
  "philippe pierre rene thierry yves",
  // German, Dutch, Nordic
  "dieter friedrich gerhard gunter hans heinrich helmut horst jurgen karl klaus kurt ludwig manfred",
  "rainer rolf uwe werner wolfgang willem pieter lars magnus nils olaf sven anders bjorn erik henrik jens johan",
  // Slavic, Greek, Hungarian
  "aleksandr alexei alexey andrei anatoly boris dmitri dmitry igor ivan mikhail nikolai oleg pavel sergei",
  "sergey viktor vladimir yuri petro taras jaroslaw krzysztof piotr tomasz wojciech zbigniew miroslav",
  "goran dragan zoran nikos giorgos yannis konstantinos dimitris laszlo istvan",
  // Arabic, Persian, Turkish, South Asian
  "abdullah ahmed ahmad ali hamid hassan hussein ibrahim khalid mahmoud mohammed muhammad mohamed",
  "mustafa omar saleh samir tariq yousef youssef karim rashid walid anwar ahmet mehmet kemal hasan",
  "hossein reza akbar rahul rajiv sanjay amit vijay arjun imran asif",
  // African
  "kwame kofi kwabena olusegun mamadou moussa ousmane abdou amadou boubacar ibrahima tendai sipho",
  // Japanese (written given name first in English)
  "hiroshi takeshi kenji taro ichiro",
]
  .join(" ")
  .split(" ");

const FEMALE = [
  // English-speaking countries
  "alice amanda amy angela ann anna anne barbara betty brenda carol caroline catherine christine",
  "cynthia deborah diana diane donna dorothy elizabeth emily emma helen hillary jane janet jennifer",
  "jessica joan joyce judith julia julie karen katherine kathleen laura linda lisa margaret",
  "maria mary melissa michelle nancy nicole pamela patricia rachel rebecca ruth sandra sarah sharon",
  "stephanie susan theresa victoria virginia liz kate jill",
  // United States, more of the common ones (words of their own like "Hope", "Grace", "June" left out; names of both sexes like "Ashley", "Stacy" too)
  "kimberly shirley martha debra carolyn frances heather doris gloria evelyn cheryl mildred",
  "janice judy christina kathy beverly denise tammy irene lori marilyn kathryn louise sara jacqueline",
  "wanda bonnie lois tina phyllis norma annie lillian peggy gladys rita connie florence edna tiffany",
  "cindy wendy edith sherry sylvia josephine thelma sheila ethel ellen elaine marjorie carrie charlotte",
  "monica esther pauline juanita anita rhonda hazel eva debbie clara lucille joanne eleanor danielle",
  "megan alicia suzanne gail bertha darlene veronica erin geraldine lauren cathy joann lorraine",
  "sally regina erica beatrice bernice audrey yvonne annette samantha renee ida vivian roberta",
  "brittany melanie loretta yolanda jeanette laurie katie kristen vanessa alma sue elsie beth jeanne",
  "nikki kellyanne huma condoleezza kamala tulsi kirsten",
  // Spanish, Portuguese, Italian, French
  "alejandra ana beatriz carmen claudia cristina dolores elena isabel juana lucia luisa marta mercedes",
  "paula pilar rosa sofia teresa alessandra chiara francesca giovanna giulia paola silvia valentina",
  "giorgia brigitte cecile christiane claire isabelle marie marine martine monique nathalie sophie",
  "sylvie valerie",
  // German, Dutch, Nordic
  "birgit gudrun heidi ingrid karin petra sabine ursula astrid greta kristin mette",
  // Slavic, Greek, Hungarian
  "anastasia ekaterina irina lyudmila natalia natalya olga svetlana tatiana tatyana yulia yelena",
  "oksana beata ewa agnieszka katarzyna malgorzata ioanna eleni katalin",
  // Arabic, Persian, Turkish, South Asian
  "aisha fatima fatma khadija layla leila mariam maryam yasmin zainab zeynep sonia priyanka",
  // African
  "amina ngozi chiamaka wanjiru thandiwe",
  // Japanese
  "yuko yoko keiko akiko tomoko",
]
  .join(" ")
  .split(" ");

const GENDER_OF = new Map<string, Gender>();
const female = new Set(FEMALE);
for (const n of MALE) if (!female.has(n)) GENDER_OF.set(n, "male");
const male = new Set(MALE);
for (const n of FEMALE) if (!male.has(n)) GENDER_OF.set(n, "female");

/** The gender a given name says ("Maria" → female, "Ahmed" → male), or undefined when it says none. */
export function genderOfGivenName(name: string): Gender | undefined {
  const key = name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  return GENDER_OF.get(key);
}
