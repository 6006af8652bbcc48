package titles

import (
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

type testCase struct {
	title, function, seniority string
}

// guideCases are the examples of docs/titles.md and the edge cases it
// settles. "" is unknown.
var guideCases = []testCase{
	// A C-level title takes its field.
	{"CFO", "finance", "executive"},
	{"CTO", "engineering", "executive"},
	{"CMO", "marketing", "executive"},
	{"COO", "operations", "executive"},
	{"CHRO", "people", "executive"},
	{"CEO", "management", "executive"},
	{"Chief Financial Officer", "finance", "executive"},
	// Managers of a product, project, account or programme are mid.
	{"Product Manager", "product", "mid"},
	{"Project Manager", "", "mid"},
	{"Account Manager", "sales", "mid"},
	{"Programme Manager", "", "mid"},
	{"Engineering Manager", "engineering", "manager"},
	{"Head of Sales", "sales", "director"},
	{"VD & grundare", "management", "executive"},
	{"VD", "management", "executive"},
	{"Vice VD", "management", "executive"},
	// Where two level words meet, the higher wins.
	{"Senior Director", "", "director"},
	{"Head of Sales & Founder", "sales", "executive"},
	{"Senior Data Scientist", "data", "senior"},
	// Titles that name no field have no function.
	{"Manager", "", "manager"},
	{"Specialist", "", ""},
	{"Associate", "", ""},
	{"Medarbetare", "", ""},
	{"Student", "", ""},
	{"Volunteer", "", ""},
	{"Open to work", "", ""},
	// A consultant whose field the title names takes that field.
	{"Consultant", "consulting", "mid"},
	{"IT consultant", "engineering", "mid"},
	{"HR consultant", "people", "mid"},
	{"Managementkonsult", "consulting", "mid"},
	// The first function named wins; founder and owner name no field.
	{"CTO & Co-founder @ Acme", "engineering", "executive"},
	{"Co-founder & CTO", "engineering", "executive"},
	{"Founder & CEO", "management", "executive"},
	{"Grundare och UX-designer", "design", "executive"},
	{"Sales & Marketing Director", "sales", "director"},
	// Taglines are cut.
	{"Senior UX designer | Hjälper företag att växa", "design", "senior"},
	{"Senior UX designer – hjälper företag att växa", "design", "senior"},
	{"Senior UX designer, hjälper företag att växa", "design", "senior"},
	{"Head of Product | Ex-Spotify", "product", "director"},
	{"Designer at Sales Inc", "design", "mid"},
	{"Säljare hos Elgiganten", "sales", "mid"},
	{"Utvecklare på Spotify", "engineering", "mid"},
	{"Data Scientist • Speaker • Author", "data", "mid"},
	{"Data Scientist · Speaker", "data", "mid"},
	{"CTO@Acme", "engineering", "executive"},
	{"Developer - Acme - Stockholm", "engineering", "mid"},
	{"Accountant — Big Four", "finance", "mid"},
	{"| Founder", "management", "executive"},
	// Case, punctuation and abbreviations.
	{"sENIOR software ENGINEER", "engineering", "senior"},
	{"Sr. Software Eng.", "engineering", "senior"},
	{"Jr Developer", "engineering", "entry"},
	{"VP Marketing", "marketing", "director"},
	{"Mgr", "", "manager"},
	{"Utvecklare (Java/Kotlin)", "engineering", "mid"},
	// Swedish compounds.
	{"Försäljningschef", "sales", "manager"},
	{"Ekonomiassistent", "finance", "entry"},
	{"Systemutvecklare", "engineering", "mid"},
	{"Specialistläkare", "health", "senior"},
	{"Avdelningschef", "", "director"},
	{"Sjuksköterska", "health", "mid"},
	{"Jurist", "legal", "mid"},
	{"Marketing Assistant", "marketing", "entry"},
	// A deputy principal heads a school with the principal: a manager of
	// a unit, as the principal is.
	{"Biträdande rektor", "education", "manager"},
	// A projektchef is not a product manager: the guide's *chef.
	{"Projektchef", "", "manager"},
	{"Produktchef", "product", "mid"},
	// Titles typed without å ä ö, or decomposed, read the same.
	{"Forsaljningschef", "sales", "manager"},
	{"Fo\u0308rsa\u0308ljningschef", "sales", "manager"},
	// Nothing to read.
	{"", "", ""},
	{"   ", "", ""},
	{"-", "", ""},
	{"🚀", "", ""},
}

// ruleCases has, for every line of rules.tsv in the file's order, a title
// whose values change when that line is removed (TestEveryRuleHasACase
// checks this). The comment names the lines a case is for.
var ruleCases = []testCase{
	{"PhD Student", "research", "mid"},                                 // title phd student; function phd
	{"Ph.D. student in physics", "research", "mid"},                    // title ph d student
	{"Doctoral student, Uppsala University", "research", "mid"},        // title doctoral student
	{"Juriststudent", "", ""},                                          // title *student
	{"Studerande till sjuksköterska", "", ""},                          // title studerande
	{"Open to work as a developer", "", ""},                            // title open to work
	{"Looking for a job as UX designer", "", ""},                       // title looking for
	{"Seeking new opportunities in UX", "", ""},                        // title seeking
	{"Job seeker, marketing", "", ""},                                  // title job seeker
	{"Arbetssökande ekonom", "", ""},                                   // title arbetssökande
	{"Söker jobb som lärare", "", ""},                                  // title söker
	{"Unemployed engineer", "", ""},                                    // title unemployed
	{"Arbetslös ingenjör", "", ""},                                     // title arbetslös
	{"Retired teacher", "", ""},                                        // title retired
	{"Pensionär, f.d. lärare", "", ""},                                 // title pensionär
	{"Pensionerad läkare", "", ""},                                     // title pensionerad
	{"Product Designer", "design", "mid"},                              // function product designer
	{"Content Designer", "design", "mid"},                              // function content designer
	{"Brand Designer", "design", "mid"},                                // function brand designer
	{"Director, Product Marketing", "marketing", "director"},           // function product marketing
	{"Product Developer", "engineering", "mid"},                        // function product developer
	{"Product Development Manager", "engineering", "manager"},          // function product development
	{"Product Engineer", "engineering", "mid"},                         // function product engineer
	{"Electrical Design Engineer", "engineering", "mid"},               // function design engineer
	{"Data Protection Officer", "legal", "mid"},                        // function data protection
	{"Senior Technical Recruiter", "people", "senior"},                 // function technical recruiter
	{"Tech Recruiter", "people", "mid"},                                // function tech recruiter
	{"Technical Sales Specialist", "sales", "mid"},                     // function technical sales
	{"Teknisk säljare", "sales", "mid"},                                // function teknisk säljare
	{"Solution Architect", "engineering", "mid"},                       // function solution architect
	{"Solutions Architect", "engineering", "mid"},                      // function solutions architect
	{"Enterprise Architect", "engineering", "mid"},                     // function enterprise architect
	{"Security Architect", "engineering", "mid"},                       // function security architect
	{"Integration Architect", "engineering", "mid"},                    // function integration architect
	{"Accounts Payable Clerk", "finance", "mid"},                       // function accounts payable
	{"Business Developer", "sales", "mid"},                             // function business developer
	{"Business Development Manager", "sales", "manager"},               // function business development
	{"Learning and Development Manager", "people", "manager"},          // function learning and development
	{"Learning & Development Specialist", "people", "mid"},             // function learning development
	{"Organizational Development Consultant", "people", "mid"},         // function organizational development
	{"Organisational Development Lead", "people", "senior"},            // function organisational development
	{"Personal Assistant", "operations", "entry"},                      // function personal assistant
	{"Chief Medical Officer", "health", "executive"},                   // function chief medical officer
	{"Skattejurist", "legal", "mid"},                                   // function skattejurist
	{"Tax Lawyer", "legal", "mid"},                                     // function tax lawyer
	{"Fastighetsmäklare", "sales", "mid"},                              // function fastighetsmäklare
	{"Webbredaktör", "marketing", "mid"},                               // function webbredaktör
	{"Ledningsassistent", "operations", "entry"},                       // function ledningsassistent
	{"Elevassistent", "education", "entry"},                            // function elevassistent
	{"Supportmedarbetare", "operations", "mid"},                        // function supportmedarbetare
	{"Vice vd och CFO", "finance", "executive"},                        // function vice vd
	{"Accounts Receivable Specialist", "finance", "mid"},               // function accounts receivable
	{"Assistant to the CEO", "operations", "entry"},                    // function assistant to; seniority assistant to the *
	{"Assistent till VD", "operations", "entry"},                       // function assistent till; seniority assistent till *
	{"VD-assistent", "operations", "entry"},                            // function vd assistent; seniority vd assistent
	{"Executive Assistant", "operations", "entry"},                     // function executive assistant
	{"School Principal", "education", "manager"},                       // function school principal; seniority school principal
	{"Chief Executive, Acme Group", "management", "executive"},         // function chief executive; seniority chief executive
	{"Chief Operating Officer", "operations", "executive"},             // function chief operating officer
	{"Chief Information Officer", "engineering", "executive"},          // function chief information officer
	{"Vice President", "", "director"},                                 // function vice president; seniority vice president
	{"Personal Trainer", "education", "mid"},                           // function personal
	{"Verksamhetsutvecklare", "", ""},                                  // function verksamhetsutvecklare
	{"Technical Product Owner", "product", "mid"},                      // function technical product
	{"Commercial Lawyer", "legal", "mid"},                              // function commercial lawyer
	{"Grundare & kreativ chef", "design", "executive"},                 // function kreativ chef
	{"Drifttekniker", "engineering", "mid"},                            // function drifttekniker
	{"Driftingenjör", "engineering", "mid"},                            // function driftingenjör
	{"Dataanalytiker", "data", "mid"},                                  // function dataanalytiker
	{"Dataingenjör", "data", "mid"},                                    // function dataingenjör
	{"Dataforskare", "data", "mid"},                                    // function dataforskare
	{"Datavetare", "data", "mid"},                                      // function datavetare
	{"Principal Engineer | Cloud & Platform", "engineering", "senior"}, // function engineer; seniority principal
	{"Engineering Manager", "engineering", "manager"},                  // function engineering; seniority manager
	{"Eng. Manager", "engineering", "manager"},                         // function eng
	{"Field Engr", "engineering", "mid"},                               // function engr
	{"Jr Developer", "engineering", "entry"},                           // function developer; seniority jr
	{"Web Dev", "engineering", "mid"},                                  // function dev
	{"DevOps Lead", "engineering", "senior"},                           // function devops
	{"Programmer", "engineering", "mid"},                               // function programmer
	{"Principal Software Architect", "engineering", "senior"},          // function software
	{"Hardware Lead", "engineering", "senior"},                         // function hardware
	{"Firmware Specialist", "engineering", "mid"},                      // function firmware
	{"Embedded Linux Specialist", "engineering", "mid"},                // function embedded
	{"Frontend Lead", "engineering", "senior"},                         // function frontend
	{"Front-end Specialist", "engineering", "mid"},                     // function front end
	{"Team Lead Backend", "engineering", "manager"},                    // function backend; seniority team lead
	{"Back-end Lead", "engineering", "senior"},                         // function back end
	{"Fullstack Consultant", "engineering", "mid"},                     // function fullstack
	{"Full-stack consultant", "engineering", "mid"},                    // function full stack
	{"SRE", "engineering", "mid"},                                      // function sre
	{"Head of Site Reliability", "engineering", "director"},            // function site reliability
	{"QA Lead", "engineering", "senior"},                               // function qa
	{"Quality Assurance Specialist", "engineering", "mid"},             // function quality assurance
	{"IT Manager", "engineering", "manager"},                           // function it
	{"ICT Coordinator", "engineering", "mid"},                          // function ict
	{"Cloud Architect (AWS)", "engineering", "mid"},                    // function cloud
	{"Infrastructure Lead", "engineering", "senior"},                   // function infrastructure
	{"Network Specialist", "engineering", "mid"},                       // function network
	{"Database Administrator", "engineering", "mid"},                   // function database
	{"Sysadmin", "engineering", "mid"},                                 // function sysadmin
	{"Helpdesk Agent", "engineering", "mid"},                           // function helpdesk
	{"Help Desk Agent", "engineering", "mid"},                          // function help desk
	{"Service Desk Agent", "engineering", "mid"},                       // function service desk
	{"SAP Consultant", "engineering", "mid"},                           // function sap
	{"Cybersecurity Analyst", "engineering", "mid"},                    // function cybersecurity
	{"Cyber Security Analyst", "engineering", "mid"},                   // function cyber security
	{"Information Security Officer", "engineering", "mid"},             // function information security
	{"Tech Lead", "engineering", "senior"},                             // function tech
	{"Technical Project Manager", "engineering", "mid"},                // function technical
	{"Chief Technology Officer", "engineering", "executive"},           // function technology; seniority chief * officer
	{"Development Team Lead", "engineering", "manager"},                // function development
	{"Field Service Technician", "engineering", "mid"},                 // function technician
	{"iOS Lead", "engineering", "senior"},                              // function ios
	{"Android Lead", "engineering", "senior"},                          // function android
	{"CTO & Co-founder @ Acme", "engineering", "executive"},            // function cto
	{"CIO", "engineering", "executive"},                                // function cio; seniority cio
	{"CISO", "engineering", "executive"},                               // function ciso; seniority ciso
	{"Teknisk chef", "engineering", "manager"},                         // function teknisk
	{"Data Scientist", "data", "mid"},                                  // function data
	{"Analytics Manager", "data", "manager"},                           // function analytics
	{"BI Analyst", "data", "mid"},                                      // function bi
	{"Business Intelligence Developer", "data", "mid"},                 // function business intelligence
	{"Machine Learning Engineer", "data", "mid"},                       // function machine learning
	{"ML Engineer @ Spotify", "data", "mid"},                           // function ml
	{"MLOps Specialist", "data", "mid"},                                // function mlops
	{"AI Researcher", "data", "mid"},                                   // function ai
	{"Artificial Intelligence Specialist", "data", "mid"},              // function artificial intelligence
	{"Statistician", "data", "mid"},                                    // function statistician
	{"Head of Statistics", "data", "director"},                         // function statistics
	{"Insights Analyst", "data", "mid"},                                // function insights
	{"Lead UX Researcher", "design", "senior"},                         // function ux
	{"UI Lead", "design", "senior"},                                    // function ui
	{"User Experience Lead", "design", "senior"},                       // function user experience
	{"Head of User Research", "design", "director"},                    // function user research
	{"User Researcher", "design", "mid"},                               // function user researcher
	{"Art Director", "design", "director"},                             // function art director
	{"Creative Director", "design", "director"},                        // function creative director
	{"Architect", "design", "mid"},                                     // function architect
	{"Grafiker", "design", "mid"},                                      // function grafiker
	{"Product Manager", "product", "mid"},                              // function product; seniority product manager
	{"Produktägare", "product", "mid"},                                 // function produktägare
	{"Produktchef", "product", "mid"},                                  // function produktchef; seniority produktchef
	{"Produktansvarig", "product", "mid"},                              // function produktansvarig
	{"Produktledare", "product", "mid"},                                // function produktledare; seniority produktledare
	{"Sales Manager", "sales", "manager"},                              // function sales
	{"Presales Specialist", "sales", "mid"},                            // function presales
	{"Salesperson", "sales", "mid"},                                    // function salesperson
	{"Seller", "sales", "mid"},                                         // function seller
	{"Account Manager", "sales", "mid"},                                // function account; seniority account manager
	{"BizDev Lead", "sales", "senior"},                                 // function bizdev
	{"Chief Revenue Officer", "sales", "executive"},                    // function revenue
	{"Retail Assistant", "sales", "entry"},                             // function retail
	{"Store Manager", "sales", "manager"},                              // function store
	{"Kundansvarig", "sales", "mid"},                                   // function kundansvarig
	{"Commercial Director", "sales", "director"},                       // function commercial
	{"Marketing Manager", "marketing", "manager"},                      // function marketing
	{"Digital Marketer", "marketing", "mid"},                           // function marketer
	{"Mktg Coordinator", "marketing", "mid"},                           // function mktg
	{"Communications Officer", "marketing", "mid"},                     // function communications
	{"Communication Specialist", "marketing", "mid"},                   // function communication
	{"Comms Lead", "marketing", "senior"},                              // function comms
	{"Brand Manager", "marketing", "manager"},                          // function brand
	{"PR Consultant", "marketing", "mid"},                              // function pr
	{"Public Relations Officer", "marketing", "mid"},                   // function public relations
	{"Content Manager", "marketing", "manager"},                        // function content
	{"Copywriter", "marketing", "mid"},                                 // function copywriter
	{"SEO Specialist", "marketing", "mid"},                             // function seo
	{"Social Media Manager", "marketing", "manager"},                   // function social media
	{"Head of Growth | B2B SaaS", "marketing", "director"},             // function growth
	{"Community Manager", "marketing", "manager"},                      // function community
	{"CMO", "marketing", "executive"},                                  // function cmo; seniority cmo
	{"Presschef", "marketing", "manager"},                              // function presschef
	{"Pressekreterare", "marketing", "mid"},                            // function pressekreterare
	{"HR Manager", "people", "manager"},                                // function hr
	{"HRBP", "people", "mid"},                                          // function hrbp
	{"Chief Human Resources Officer", "people", "executive"},           // function human resources; seniority chief * * officer
	{"Head of People", "people", "director"},                           // function people
	{"Recruiter", "people", "mid"},                                     // function recruiter
	{"Recruiting Coordinator", "people", "mid"},                        // function recruiting
	{"Recruitment Consultant", "people", "mid"},                        // function recruitment
	{"Talent Acquisition Specialist", "people", "mid"},                 // function talent
	{"Payroll Specialist", "people", "mid"},                            // function payroll
	{"Compensation & Benefits Specialist", "people", "mid"},            // function compensation
	{"CHRO", "people", "executive"},                                    // function chro; seniority chro
	{"Finance Manager", "finance", "manager"},                          // function finance
	{"Financial Analyst", "finance", "mid"},                            // function financial
	{"Accountant", "finance", "mid"},                                   // function accountant
	{"Accounting Clerk", "finance", "mid"},                             // function accounting
	{"Bookkeeper", "finance", "mid"},                                   // function bookkeeper
	{"Head of Controlling", "finance", "director"},                     // function controlling
	{"Auditor", "finance", "mid"},                                      // function auditor
	{"Audit Associate", "finance", "mid"},                              // function audit
	{"Treasury Analyst", "finance", "mid"},                             // function treasury
	{"Treasurer", "finance", "mid"},                                    // function treasurer
	{"Tax Advisor", "finance", "mid"},                                  // function tax
	{"Credit Analyst", "finance", "mid"},                               // function credit
	{"Investment Analyst", "finance", "mid"},                           // function investment
	{"Portfolio Manager", "finance", "mid"},                            // function portfolio; seniority portfolio manager
	{"FP&A Manager", "finance", "manager"},                             // function fp a
	{"Quantitative Analyst", "finance", "mid"},                         // function quantitative
	{"CFO", "finance", "executive"},                                    // function cfo; seniority cfo
	{"Bokförare", "finance", "mid"},                                    // function bokförare
	{"Kamrer", "finance", "mid"},                                       // function kamrer
	{"Legal Assistant", "legal", "entry"},                              // function legal
	{"Lawyer", "legal", "mid"},                                         // function lawyer
	{"Associate Attorney", "legal", "mid"},                             // function attorney
	{"General Counsel", "legal", "mid"},                                // function counsel
	{"Paralegal", "legal", "mid"},                                      // function paralegal
	{"Compliance Officer", "legal", "mid"},                             // function compliance
	{"DPO", "legal", "mid"},                                            // function dpo
	{"Solicitor", "legal", "mid"},                                      // function solicitor
	{"Dataskyddsombud", "legal", "mid"},                                // function dataskyddsombud
	{"Operations Manager", "operations", "manager"},                    // function operations
	{"Operation Manager", "operations", "manager"},                     // function operation
	{"Ops Manager", "operations", "manager"},                           // function ops
	{"COO", "operations", "executive"},                                 // function coo; seniority coo
	{"Logistics Coordinator", "operations", "mid"},                     // function logistics
	{"Supply Chain Manager", "operations", "manager"},                  // function supply
	{"Procurement Specialist", "operations", "mid"},                    // function procurement
	{"Purchasing Manager", "operations", "manager"},                    // function purchasing
	{"Purchaser", "operations", "mid"},                                 // function purchaser
	{"Buyer", "operations", "mid"},                                     // function buyer
	{"Sourcing Specialist", "operations", "mid"},                       // function sourcing
	{"Facility Manager", "operations", "manager"},                      // function facility
	{"Facilities Coordinator", "operations", "mid"},                    // function facilities
	{"Office Manager", "operations", "manager"},                        // function office
	{"Head of Administration", "operations", "director"},               // function administration
	{"Administrative Assistant", "operations", "entry"},                // function administrative
	{"Administrativ assistent", "operations", "entry"},                 // function administrativ
	{"Admin", "operations", "mid"},                                     // function admin
	{"Receptionist", "operations", "mid"},                              // function receptionist
	{"Secretary", "operations", "mid"},                                 // function secretary
	{"Customer Service Representative", "operations", "mid"},           // function customer service
	{"Customer Support Agent", "operations", "mid"},                    // function customer support
	{"Customer Care Specialist", "operations", "mid"},                  // function customer care
	{"Customer Success Manager", "operations", "mid"},                  // function customer success; seniority customer success manager
	{"Warehouse Supervisor", "operations", "manager"},                  // function warehouse; seniority supervisor
	{"Sekreterare", "operations", "mid"},                               // function sekreterare
	{"Speditör", "operations", "mid"},                                  // function speditör
	{"Research Assistant", "research", "entry"},                        // function research
	{"Researcher", "research", "mid"},                                  // function researcher
	{"Applied Scientist", "research", "mid"},                           // function scientist
	{"Ph.D. in Chemistry", "research", "mid"},                          // function ph d
	{"Doctoral Candidate", "research", "mid"},                          // function doctoral
	{"Postdoc", "research", "mid"},                                     // function postdoc
	{"Post-doc", "research", "mid"},                                    // function post doc
	{"Postdoctoral Fellow", "research", "mid"},                         // function postdoctoral
	{"Professor", "research", "mid"},                                   // function professor
	{"Prof. of Medicine", "research", "mid"},                           // function prof
	{"Doktorand", "research", "mid"},                                   // function doktorand
	{"Docent", "research", "mid"},                                      // function docent
	{"Teacher", "education", "mid"},                                    // function teacher
	{"Lecturer", "education", "mid"},                                   // function lecturer
	{"Trainer", "education", "mid"},                                    // function trainer
	{"Tutor", "education", "mid"},                                      // function tutor
	{"Swim instructor", "education", "mid"},                            // function instructor
	{"Educator", "education", "mid"},                                   // function educator
	{"Education Manager", "education", "manager"},                      // function education
	{"Teaching Assistant", "education", "entry"},                       // function teaching
	{"Deputy Headteacher", "education", "manager"},                     // function headteacher; seniority headteacher
	{"Barnskötare", "education", "mid"},                                // function barnskötare
	{"Fritidsledare", "education", "mid"},                              // function fritidsledare; seniority fritidsledare
	{"Skolledare", "education", "manager"},                             // function skolledare
	{"Physician", "health", "mid"},                                     // function physician
	{"Medical Doctor", "health", "mid"},                                // function doctor
	{"Registered Nurse", "health", "mid"},                              // function nurse
	{"Psychologist", "health", "mid"},                                  // function psychologist
	{"Psychotherapist", "health", "mid"},                               // function psychotherapist
	{"Occupational Therapist", "health", "mid"},                        // function therapist
	{"Physiotherapist", "health", "mid"},                               // function physiotherapist
	{"Physio", "health", "mid"},                                        // function physio
	{"Pharmacist", "health", "mid"},                                    // function pharmacist
	{"Pharmacy Technician", "health", "mid"},                           // function pharmacy
	{"Dentist", "health", "mid"},                                       // function dentist
	{"Dental Hygienist", "health", "mid"},                              // function dental
	{"Midwife", "health", "mid"},                                       // function midwife
	{"Orthopedic Surgeon", "health", "mid"},                            // function surgeon
	{"Consultant Psychiatrist", "health", "mid"},                       // function psychiatrist
	{"Paramedic", "health", "mid"},                                     // function paramedic
	{"General Practitioner", "health", "mid"},                          // function general practitioner
	{"Dietitian", "health", "mid"},                                     // function dietitian
	{"Optician", "health", "mid"},                                      // function optician
	{"Sjukgymnast", "health", "mid"},                                   // function sjukgymnast
	{"Barnmorska", "health", "mid"},                                    // function barnmorska
	{"Receptarie", "health", "mid"},                                    // function receptarie
	{"Dietist", "health", "mid"},                                       // function dietist
	{"Logoped", "health", "mid"},                                       // function logoped
	{"Kiropraktor", "health", "mid"},                                   // function kiropraktor
	{"Naprapat", "health", "mid"},                                      // function naprapat
	{"Audionom", "health", "mid"},                                      // function audionom
	{"Biomedicinsk analytiker", "health", "mid"},                       // function biomedicinsk
	{"Optiker", "health", "mid"},                                       // function optiker
	{"Psykiatriker", "health", "mid"},                                  // function psykiatriker
	{"CEO", "management", "executive"},                                 // function ceo; seniority ceo
	{"VD", "management", "executive"},                                  // function vd; seniority vd
	{"Managing Director", "management", "executive"},                   // function managing director; seniority managing director
	{"General Manager", "management", "executive"},                     // function general manager; seniority general manager
	{"Managing Partner", "management", "executive"},                    // function managing partner; seniority partner
	{"President", "management", "executive"},                           // function president; seniority president
	{"Verksamhetschef", "management", "manager"},                       // function verksamhetschef
	{"Koncernchef", "management", "executive"},                         // function koncernchef; seniority koncernchef
	{"Generaldirektör", "management", "executive"},                     // function generaldirektör; seniority generaldirektör
	{"Mjukvaruarkitekt", "engineering", "mid"},                         // function mjukvaru*
	{"System Administrator", "engineering", "mid"},                     // function system*
	{"Nätverksansvarig", "engineering", "mid"},                         // function nätverks*
	{"Lösningsarkitekt", "engineering", "mid"},                         // function lösnings*
	{"Applikationsförvaltare", "engineering", "mid"},                   // function applikations*
	{"Teknikchef", "engineering", "manager"},                           // function teknik*
	{"Penetration Tester", "engineering", "mid"},                       // function test*
	{"Statistiker", "data", "mid"},                                     // function statistik*
	{"Design Lead", "design", "senior"},                                // function design*
	{"Säljchef", "sales", "manager"},                                   // function sälj*
	{"Försäljningschef", "sales", "manager"},                           // function försäljning*
	{"Exportchef", "sales", "manager"},                                 // function export*
	{"Affärsutvecklare", "sales", "mid"},                               // function affärsutveckl*
	{"Butikschef", "sales", "manager"},                                 // function butik*
	{"Marknadsförare", "marketing", "mid"},                             // function marknad*
	{"Varumärkesansvarig", "marketing", "mid"},                         // function varumärke*
	{"Kommunikationschef", "marketing", "manager"},                     // function kommunikation*
	{"Rekryterare", "people", "mid"},                                   // function rekryter*
	{"Personalchef", "people", "manager"},                              // function personal*
	{"Lönehandläggare", "people", "mid"},                               // function löne*
	{"Ekonomichef", "finance", "manager"},                              // function ekonomi*
	{"Redovisningskonsult", "finance", "mid"},                          // function redovisning*
	{"Revisionsassistent", "finance", "entry"},                         // function revision*
	{"Finanschef", "finance", "manager"},                               // function finans*
	{"Skattekonsult", "finance", "mid"},                                // function skatte*
	{"Kreditanalytiker", "finance", "mid"},                             // function kredit*
	{"Juridisk rådgivare", "legal", "mid"},                             // function jurid*
	{"Juristassistent", "legal", "entry"},                              // function jurist*
	{"Advokatsekreterare", "legal", "mid"},                             // function advokat*
	{"Logistiker", "operations", "mid"},                                // function logistik*
	{"Inköpare", "operations", "mid"},                                  // function inköp*
	{"Kundtjänstmedarbetare", "operations", "mid"},                     // function kundtjänst*
	{"Kundservicemedarbetare", "operations", "mid"},                    // function kundservice*
	{"Kundsupport", "operations", "mid"},                               // function kundsupport*
	{"Transportledare", "operations", "manager"},                       // function transport*; seniority *ledare
	{"Fastighetsförvaltare", "operations", "mid"},                      // function fastighets*
	{"Lagerchef", "operations", "manager"},                             // function lager*
	{"Kontorsansvarig", "operations", "mid"},                           // function kontor*
	{"Driftchef", "operations", "manager"},                             // function drift*
	{"Forskningsingenjör", "research", "mid"},                          // function forskning*
	{"Lärarassistent", "education", "entry"},                           // function lärar*
	{"Utbildningsledare", "education", "manager"},                      // function utbildning*
	{"Förskolechef", "education", "manager"},                           // function förskol*
	{"Tandhygienist", "health", "mid"},                                 // function tand*
	{"Apotekare", "health", "mid"},                                     // function apotek*
	{"Vårdenhetschef", "health", "manager"},                            // function vård*
	{"Utvecklare", "engineering", "mid"},                               // function *utvecklare
	{"Ingenjör", "engineering", "mid"},                                 // function *ingenjör
	{"Servicetekniker", "engineering", "mid"},                          // function *tekniker
	{"Konstruktör", "engineering", "mid"},                              // function *konstruktör
	{"PLC-programmerare", "engineering", "mid"},                        // function *programmerare
	{"Industridesigner", "design", "mid"},                              // function *designer
	{"Formgivare", "design", "mid"},                                    // function *formgivare
	{"Arkitekt SAR/MSA", "design", "mid"},                              // function *arkitekt
	{"Illustrator", "design", "mid"},                                   // function *illustratör
	{"Innesäljare", "sales", "mid"},                                    // function *säljare
	{"Kommunikatör", "marketing", "mid"},                               // function *kommunikatör
	{"Informatör", "marketing", "mid"},                                 // function *informatör
	{"Ekonom", "finance", "mid"},                                       // function *ekonom
	{"Controller", "finance", "mid"},                                   // function *controller
	{"Revisor", "finance", "mid"},                                      // function *revisor
	{"Bolagsjurist", "legal", "mid"},                                   // function *jurist
	{"Försvarsadvokat", "legal", "mid"},                                // function *advokat
	{"Åklagare", "legal", "mid"},                                       // function *åklagare
	{"Tingsnotarie", "legal", "mid"},                                   // function *notarie
	{"Administratör", "operations", "mid"},                             // function *administratör
	{"Forskare", "research", "mid"},                                    // function *forskare
	{"Gymnasielärare i matematik", "education", "mid"},                 // function *lärare
	{"Lektor", "education", "mid"},                                     // function *lektor
	{"Kommundirektör", "", "director"},                                 // function *direktör
	{"Rektor", "education", "manager"},                                 // function *rektor; seniority *rektor
	{"Specialpedagog", "education", "mid"},                             // function *pedagog
	{"Utbildare", "education", "mid"},                                  // function *utbildare
	{"Adjunkt i svenska", "education", "mid"},                          // function *adjunkt
	{"Läkare", "health", "mid"},                                        // function *läkare
	{"Sjuksköterska", "health", "mid"},                                 // function *sköterska
	{"Psykolog", "health", "mid"},                                      // function *psykolog
	{"Fysioterapeut", "health", "mid"},                                 // function *terapeut
	{"Farmaceut", "health", "mid"},                                     // function *farmaceut
	{"Ambulanssjukvårdare", "health", "mid"},                           // function *sjukvårdare
	{"Process Owner", "", ""},                                          // fallback process owner; seniority process owner
	{"Vice VD", "management", "executive"},                             // fallback vice vd
	{"Consultant", "consulting", "mid"},                                // fallback consultant
	{"Consulting Manager", "consulting", "manager"},                    // fallback consulting
	{"Strategy Advisor", "consulting", "mid"},                          // fallback advisor
	{"Adviser", "consulting", "mid"},                                   // fallback adviser
	{"Konsultchef", "consulting", "manager"},                           // fallback konsult*
	{"Managementkonsult", "consulting", "mid"},                         // fallback *konsult
	{"Rådgivare", "consulting", "mid"},                                 // fallback *rådgivare
	{"Co-Founder", "management", "executive"},                          // fallback founder
	{"Cofounder", "management", "executive"},                           // fallback cofounder; seniority cofounder
	{"Grundare", "management", "executive"},                            // fallback *grundare
	{"Owner", "management", "executive"},                               // fallback owner
	{"Ägare", "management", "executive"},                               // fallback ägare; seniority ägare
	{"Delägare", "management", "executive"},                            // fallback delägare
	{"Medägare", "management", "executive"},                            // fallback medägare; seniority medägare
	{"Board Member", "management", "executive"},                        // fallback board member
	{"Member of the Board", "management", "executive"},                 // fallback member of the board; seniority member of the board
	{"Styrelseledamot", "management", "executive"},                     // fallback styrelse*; seniority styrelse*
	{"Vice ordförande", "management", "executive"},                     // fallback *ordförande; seniority *ordförande
	{"Chairman of the Board", "management", "executive"},               // fallback chairman; seniority chairman
	{"Chairwoman", "management", "executive"},                          // fallback chairwoman; seniority chairwoman
	{"Chairperson", "management", "executive"},                         // fallback chairperson; seniority chairperson
	{"Chair of the Board", "management", "executive"},                  // fallback chair; seniority chair
	{"Entrepreneur", "management", "executive"},                        // fallback entrepreneur; seniority entrepreneur
	{"Företagare", "management", "executive"},                          // fallback *företagare; seniority *företagare
	{"Self-employed", "management", "executive"},                       // fallback self employed; seniority self employed
	{"Product Mgr", "product", "mid"},                                  // seniority product mgr
	{"Project Mgr", "", "mid"},                                         // seniority project mgr
	{"Account Mgr", "sales", "mid"},                                    // seniority account mgr
	{"IT Project Manager", "engineering", "mid"},                       // seniority project manager
	{"Program Manager", "", "mid"},                                     // seniority program manager
	{"Programme Manager", "", "mid"},                                   // seniority programme manager
	{"Project Leader", "", "mid"},                                      // seniority project leader
	{"Project Lead", "", "mid"},                                        // seniority project lead
	{"Product Owner", "product", "mid"},                                // seniority product owner
	{"IT-projektledare", "engineering", "mid"},                         // seniority *projektledare
	{"Assistant Professor", "research", "mid"},                         // seniority assistant professor
	{"Lead Generation Specialist", "", ""},                             // seniority lead generation
	{"Staff Nurse", "health", "mid"},                                   // seniority staff nurse
	{"Staff Accountant", "finance", "mid"},                             // seniority staff accountant
	{"HR Business Partner", "people", "mid"},                           // seniority business partner
	{"People Partner", "people", "mid"},                                // seniority people partner
	{"People & Culture Partner", "people", "mid"},                      // seniority culture partner
	{"Talent Partner", "people", "mid"},                                // seniority talent partner
	{"Talent Acquisition Partner", "people", "mid"},                    // seniority acquisition partner
	{"HR-partner", "people", "mid"},                                    // seniority hr partner
	{"Channel Partner Lead", "", "senior"},                             // seniority channel partner
	{"Partner Manager", "", "manager"},                                 // seniority partner manager
	{"Assistant to CEO", "operations", "entry"},                        // seniority assistant to *
	{"Head of IT", "engineering", "director"},                          // seniority head of
	{"Department Head", "", "director"},                                // seniority department head
	{"Head Nurse", "health", "manager"},                                // seniority head nurse
	{"Head Teacher", "education", "manager"},                           // seniority head teacher
	{"Strategic Advisor & Board Member", "consulting", "executive"},    // seniority board member
	{"Specialist Physician", "health", "senior"},                       // seniority specialist physician
	{"AT-läkare", "health", "entry"},                                   // seniority at läkare
	{"Software Engineering Intern", "engineering", "entry"},            // seniority intern
	{"Marketing Internship", "marketing", "entry"},                     // seniority internship
	{"Trainee Accountant", "finance", "entry"},                         // seniority *trainee
	{"Junior Frontend Developer", "engineering", "entry"},              // seniority junior*
	{"Jnr Designer", "design", "entry"},                                // seniority jnr
	{"Graduate Engineer", "engineering", "entry"},                      // seniority graduate
	{"Apprentice Software Developer", "engineering", "entry"},          // seniority apprentice
	{"Marketing Assistant", "marketing", "entry"},                      // seniority assistant
	{"Asst Accountant", "finance", "entry"},                            // seniority asst
	{"Praktikant marknad", "marketing", "entry"},                       // seniority *praktikant
	{"Lärling", "", "entry"},                                           // seniority *lärling
	{"Marknadsassistent", "marketing", "entry"},                        // seniority *assistent
	{"Senior Software Engineer", "engineering", "senior"},              // seniority senior*
	{"Sr. Software Eng.", "engineering", "senior"},                     // seniority sr
	{"Snr Developer", "engineering", "senior"},                         // seniority snr
	{"Lead Developer", "engineering", "senior"},                        // seniority lead
	{"Staff Software Engineer @ Klarna", "engineering", "senior"},      // seniority staff
	{"Distinguished Engineer", "engineering", "senior"},                // seniority distinguished
	{"Skatteexpert", "finance", "senior"},                              // seniority *expert
	{"Chief Engineer", "engineering", "senior"},                        // seniority chief
	{"Erfaren systemutvecklare", "engineering", "senior"},              // seniority erfaren
	{"Specialistläkare", "health", "senior"},                           // seniority specialistläkare
	{"Överläkare", "health", "senior"},                                 // seniority överläkare
	{"Chefsjurist", "legal", "senior"},                                 // seniority chefs*
	{"Chefläkare", "health", "senior"},                                 // seniority chefläkare
	{"Mgr", "", "manager"},                                             // seniority mgr
	{"Sales Mngr", "sales", "manager"},                                 // seniority mngr
	{"Foreman", "", "manager"},                                         // seniority foreman
	{"Förman", "", "manager"},                                          // seniority förman
	{"Team Leader", "", "manager"},                                     // seniority leader
	{"Teamleader", "", "manager"},                                      // seniority teamlead*
	{"Director of Engineering", "engineering", "director"},             // seniority director
	{"Dir. of Sales", "sales", "director"},                             // seniority dir
	{"VP Engineering", "engineering", "director"},                      // seniority vp
	{"SVP Engineering", "engineering", "director"},                     // seniority svp
	{"EVP", "", "director"},                                            // seniority evp
	{"AVP", "", "director"},                                            // seniority avp
	{"Avdelningschef", "", "director"},                                 // seniority avdelningschef
	{"Sektionschef", "", "director"},                                   // seniority sektionschef
	{"Divisionschef", "", "director"},                                  // seniority divisionschef
	{"Förvaltningschef", "", "director"},                               // seniority förvaltningschef
	{"Affärsområdeschef", "", "director"},                              // seniority affärsområdeschef
	{"Prefekt, Institutionen för datavetenskap", "", "director"},       // seniority prefekt
	{"CTO at Startup", "engineering", "executive"},                     // seniority cto
	{"CPO", "", "executive"},                                           // seniority cpo
	{"CDO", "", "executive"},                                           // seniority cdo
	{"CSO", "", "executive"},                                           // seniority cso
	{"CCO", "", "executive"},                                           // seniority cco
	{"CRO", "", "executive"},                                           // seniority cro
	{"CXO", "", "executive"},                                           // seniority cxo
	{"Head of Sales & Founder", "sales", "executive"},                  // seniority founder
	{"Grundare, designer", "design", "executive"},                      // seniority *grundare
	{"Owner & Lead Designer", "design", "executive"},                   // seniority owner
	{"Säljare & delägare", "sales", "executive"},                       // seniority delägare
	{"IT-chef", "engineering", "manager"},                              // seniority *chef
	{"Försäljningsdirektör", "sales", "director"},                      // seniority *direktör
}

func TestClassify(t *testing.T) {
	for _, tables := range [][]testCase{guideCases, ruleCases} {
		for _, c := range tables {
			got := Classify(c.title)
			if got.Function != c.function || got.Seniority != c.seniority {
				t.Errorf("Classify(%q) = %q/%q, want %q/%q\n\tfunction by %s\n\tseniority by %s",
					c.title, got.Function, got.Seniority, c.function, c.seniority, got.FunctionRule, got.SeniorityRule)
			}
		}
	}
}

// TestEveryRuleHasACase removes each line of rules.tsv in turn and checks
// that some test case then gets other values: every line has a test that
// fails if it is removed, and no line is dead weight.
func TestEveryRuleHasACase(t *testing.T) {
	cases := slices.Concat(guideCases, ruleCases)
	for i, r := range standard.rules {
		without := newRuleSet(slices.Delete(slices.Clone(standard.rules), i, i+1))
		changed := slices.ContainsFunc(cases, func(c testCase) bool {
			got := without.classify(c.title)
			return got.Function != c.function || got.Seniority != c.seniority
		})
		if !changed {
			t.Errorf("%s: no test case changes when this line is removed; add one to ruleCases (or remove the line)", r.text)
		}
	}
}

func TestResultNamesTheRule(t *testing.T) {
	lines := strings.Split(rulesTSV, "\n")
	ruleLine := regexp.MustCompile(`^rules\.tsv:(\d+): (\S+) (\S+) (.+)$`)
	check := func(title, which, text, kind, value string) {
		t.Helper()
		m := ruleLine.FindStringSubmatch(text)
		if m == nil {
			t.Fatalf("%q: %s rule %q is not rules.tsv:LINE: kind value pattern", title, which, text)
		}
		var n int
		fmt.Sscan(m[1], &n)
		cols := strings.Fields(lines[n-1])
		if m[2] != kind || m[3] != value || len(cols) < 3 || cols[0] != kind || cols[1] != value {
			t.Errorf("%q: %s rule %q does not name line %d: %q", title, which, text, n, lines[n-1])
		}
	}
	got := Classify("Försäljningschef")
	check("Försäljningschef", "function", got.FunctionRule, "function", "sales")
	check("Försäljningschef", "seniority", got.SeniorityRule, "seniority", "manager")
	if !strings.HasSuffix(got.FunctionRule, " försäljning*") || !strings.HasSuffix(got.SeniorityRule, " *chef") {
		t.Errorf("Försäljningschef decided by %q and %q, want försäljning* and *chef", got.FunctionRule, got.SeniorityRule)
	}
	got = Classify("Founder")
	check("Founder", "function", got.FunctionRule, "fallback", "management")

	if got := Classify("Systemutvecklare"); got.SeniorityRule != defaultMid {
		t.Errorf("Systemutvecklare: seniority by %q, want the default %q", got.SeniorityRule, defaultMid)
	}
	for _, title := range []string{"Student", "Volunteer", "Open to work"} {
		if got := Classify(title); got != (Result{}) {
			t.Errorf("Classify(%q) = %+v, want all empty", title, got)
		}
	}
	if got := Classify("Manager"); got.FunctionRule != "" || got.SeniorityRule == "" {
		t.Errorf("Manager: rules %q and %q, want no function rule and a seniority rule", got.FunctionRule, got.SeniorityRule)
	}
}

func TestReadTitle(t *testing.T) {
	for _, c := range []struct {
		title string
		words []string
	}{
		{"Sr. Software Eng.", []string{"sr", "software", "eng"}},
		{"CTO & Co-founder @ Acme", []string{"cto", "co", "founder"}},
		{"Head of Data at Spotify", []string{"head", "of", "data"}},
		{"Senior UX designer | Hjälper företag", []string{"senior", "ux", "designer"}},
		{"Senior UX designer, hjälper företag", []string{"senior", "ux", "designer"}},
		{"Försäljningschef", []string{"forsaljningschef"}},
		{"ÖVERLÄKARE", []string{"overlakare"}},
		{"IT-tekniker", []string{"it", "tekniker"}},
		{"Ph.D. student", []string{"ph", "d", "student"}},
		{"Heat Engineer", []string{"heat", "engineer"}}, // " at " only as a word
		{"Data Analyst - ", []string{"data", "analyst"}},
		{" - Founder", []string{"founder"}},
		{"| | Owner", []string{"owner"}},
		{"", nil},
	} {
		if got := readTitle(c.title); !slices.Equal(got, c.words) {
			t.Errorf("readTitle(%q) = %q, want %q", c.title, got, c.words)
		}
	}
	long := strings.Repeat("senior ", 200) + "engineer"
	if n := len(readTitle(long)); n != maxWords {
		t.Errorf("a title of 201 words is read as %d words, want %d", n, maxWords)
	}
	if got := Classify(long); got.Seniority != "senior" {
		t.Errorf("long title: %+v", got)
	}
}

// TestValuesAreTheGuides checks that Functions and Seniorities list the
// values of the guide's tables, in the guide's order.
func TestValuesAreTheGuides(t *testing.T) {
	guide, err := os.ReadFile("../../docs/titles.md")
	if err != nil {
		t.Skipf("no guide: %v", err)
	}
	var tables [][]string
	var values []string
	row := regexp.MustCompile("^\\| `([a-z]+)` \\|")
	for _, line := range strings.Split(string(guide), "\n") {
		if m := row.FindStringSubmatch(line); m != nil {
			values = append(values, m[1])
		} else if len(values) > 0 {
			tables, values = append(tables, values), nil
		}
	}
	if len(values) > 0 {
		tables = append(tables, values)
	}
	if len(tables) != 2 {
		t.Fatalf("found %d value tables in docs/titles.md, want 2 (function, seniority)", len(tables))
	}
	if !slices.Equal(tables[0], Functions) {
		t.Errorf("Functions = %q, the guide has %q", Functions, tables[0])
	}
	if !slices.Equal(tables[1], Seniorities) {
		t.Errorf("Seniorities = %q, the guide has %q", Seniorities, tables[1])
	}
}

func TestParseRulesErrors(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"function\tsales", "columns"},
		{"function\tsales\tsälj*\tnote\textra", "columns"},
		{"function sales sälj*", "columns"},
		{"role\tsales\tsälj*", "unknown kind"},
		{"function\tmanager\tchef", "no value"},
		{"seniority\tsales\tchef", "no value"},
		{"title\tmid\tstudent", "no value"},
		{"function\tsales\tSales", "lower case"},
		{"function\tsales\tco-founder", "letters and digits"},
		{"function\tsales\t*sälj*", "one end"},
		{"function\tsales\ts*lj", "one end"},
		{"function\tsales\t* sales", "cannot come first"},
		{"function\tsales\tsales\nfunction\tmarketing\tsales", "already on line 1"},
		{"# only a comment\n\n", "no rules"},
	} {
		_, err := parseRules(c.src)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("parseRules(%q) = %v, want an error with %q", c.src, err, c.want)
		}
	}
	rs, err := parseRules("# note\n\nfunction\t\tsales\t\tsälj*\t\tSwedish\r\nseniority\t-\tassistant professor\n")
	if err != nil {
		t.Fatal(err)
	}
	if len(rs.rules) != 2 || rs.rules[0].line != 3 || rs.rules[1].value != "" {
		t.Errorf("parsed %+v", rs.rules)
	}
	if got := rs.classify("Säljare"); got.Function != "sales" || got.FunctionRule != "rules.tsv:3: function sales sälj*" {
		t.Errorf("got %+v", got)
	}
}

// TestRulesFile keeps rules.tsv readable: tabs between columns, a note
// where a line is not plain, and valid UTF-8.
func TestRulesFile(t *testing.T) {
	if !utf8.ValidString(rulesTSV) {
		t.Fatal("rules.tsv is not UTF-8")
	}
	for i, line := range strings.Split(rulesTSV, "\n") {
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		if strings.Contains(strings.SplitN(line, "\t", 2)[0], " ") {
			t.Errorf("rules.tsv:%d: separate the columns with tabs: %q", i+1, line)
		}
	}
}

// BenchmarkClassify classifies 30 000 titles, the largest contact export,
// per operation.
func BenchmarkClassify(b *testing.B) {
	rows, err := readLabelled("testdata/dev.csv")
	if err != nil {
		b.Fatal(err)
	}
	titles := make([]string, 30000)
	for i := range titles {
		titles[i] = rows[i%len(rows)].title
	}
	for b.Loop() {
		for _, title := range titles {
			Classify(title)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(titles)), "ns/title")
}
