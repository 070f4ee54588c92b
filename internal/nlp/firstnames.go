package nlp

import "strings"

// commonFirstNames is a hand-written list of given names common in English
// language news, added to the first names the trainer collects from the
// training data. A capitalised word that is a known given name, or follows
// one, is likely part of a person's name.
var commonFirstNames = strings.Fields(`
Aaron Abigail Adam Adrian Aidan Alan Alastair Albert Alec Alex Alexander
Alexandra Alice Alison Alistair Amanda Amber Amelia Amy Andrew Andy Angela
Ann Anna Anne Annie Anthony Antonio Arthur Ashley Barbara Barry Ben Benjamin
Beth Bethany Bill Bob Boris Brendan Brian Bridget Bruce Callum Cameron Carl
Carla Carlos Carol Caroline Catherine Charles Charlie Charlotte Chloe Chris
Christine Christopher Claire Clare Colin Connor Craig Dan Daniel Danny Darren
David Dean Deborah Debbie Dennis Derek Diana Diane Dominic Donald Donna
Douglas Duncan Ed Eddie Edward Eleanor Elizabeth Ella Ellie Emily Emma Eric
Fiona Frances Francis Frank Fraser Freddie Gareth Gary Gavin Gemma Geoffrey
George Georgia Gerald Gillian Gordon Grace Graham Grant Greg Gregory Hannah
Harriet Harry Hayley Heather Helen Henry Hilary Holly Hugh Iain Ian Imogen
Isabel Isabella Isla Jack Jacob Jake James Jamie Jane Janet Jason Jay Jean
Jeffrey Jennifer Jenny Jeremy Jessica Jill Jim Jo Joan Joanna Joe Joel John
Jonathan Jordan Joseph Josh Joshua Joyce Judith Julia Julian Julie Justin
Karen Kate Katherine Kathleen Katie Keir Keith Kelly Kemi Ken Kevin Kieran
Kim Kirsty Laura Lauren Lee Leo Leon Lewis Liam Lily Linda Lisa Liz Louise
Lucy Luke Lynn Maria Marie Mark Martin Mary Matt Matthew Maurice Megan Mel
Melanie Michael Michelle Mike Nadine Naomi Natalie Nathan Neil Nicholas Nick
Nicola Nigel Noel Oliver Olivia Owen Pamela Patricia Patrick Paul Paula
Penny Peter Philip Phillip Priti Rachel Rebecca Richard Rishi Rob Robert
Robin Roger Ronald Rory Rosie Ross Ruth Ryan Sadiq Sajid Sally Sam Samantha
Samuel Sandra Sarah Scott Sean Sebastian Shaun Sharon Simon Sophie Stephen
Steve Steven Stuart Susan Suzanne Theresa Thomas Tim Timothy Tom Tony Tracy
Victoria Vincent Wayne Wes William Yvette Zoe Zara
Abdul Ahmed Ali Amir Angela Anil Carlos Dmitry Emmanuel Francois Giorgia
Hassan Ivan Javier Jose Juan Kamala Klaus Luis Marco Mohammed Muhammad Narendra
Olaf Omar Pedro Pierre Rahul Sergei Ursula Vladimir Volodymyr Xi Yusuf
`)
