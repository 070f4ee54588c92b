package nlp

import "strings"

// commonFirstNames is a hand-written list of given names common in English
// language news, added to the first names the trainer collects from the
// training data. A capitalised word that is a known given name, or follows
// one, is likely part of a person's name.
//
// Training puts the list in every gazetteer it builds, and Load adds it to
// a saved model's, so that a longer list takes effect without retraining
// (retraining moves dev F1 by a few thousandths either way on its own).
// The list leaves out names that are mostly something else in news text:
// words of the language ("Hope", "Joy", "Victor", "Miles"), months, places
// and countries ("Chad", "Austin", "Kerry", "Sofia"), surnames far more
// often than given names ("Murray", "Carter", "Spencer", "Kane") and the
// names of firms ("Morgan", "Rex"). TestCommonFirstNames checks that the
// lexicon writes no entry in lower case.
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
Abdul Ahmed Ali Amir Anil Dmitry Emmanuel Francois Giorgia
Hassan Ivan Javier Jose Juan Kamala Klaus Luis Marco Mohammed Muhammad Narendra
Olaf Omar Pedro Pierre Rahul Sergei Ursula Vladimir Volodymyr Xi Yusuf
Abbie Abraham Ada Adebayo Adele Agnes Ahmad Aileen Aisha Akira Alana Aleksandr
Alessandro Alexei Alfie Alfred Alicia Alisha Allan Amara Ambrose Amit Anand
Anders Andrea Andreas Andrzej Angelina Angus Anita Annabel Annette Anton
Antonia Arabella Archie Arjun Arnold Ashok Audrey Ava Ayesha Barnaby Bashir
Beatrice Belinda Bella Benedict Bernadette Bernard Bernd Bilal Billy Bonnie
Brad Bradley Brandon Brenda Brett Brianna Britney Brooke Bryan Bryce Byron
Caitlin Caleb Calvin Camilla Candice Cara Carmen Carole Carsten Casey
Cassandra Cathy Cecil Cecilia Cedric Celia Charlene Cheryl Chidi Chinedu
Christina Christoph Cindy Clara Clarence Claudia Clifford Clint Clive Cody
Colleen Conor Constance Cora Cormac Courtney Cristiano Curtis Cynthia Cyril
Damian Damien Dana Danielle Daphne Dariusz Declan Deepak Delia Denise Dermot
Desmond Dieter Dimitri Dolores Donal Doris Dorothy Dwight Dylan Eamon Eamonn
Edgar Edith Edmund Eileen Elaine Elena Elijah Eliza Ellen Elliot Elliott Ellis
Eloise Elsie Elvis Emilia Emmanuelle Enda Enrique Erica Erik Erin Ernest Ernie
Esther Ethan Eugene Eva Evan Evelyn Farah Fatima Faye Felicity Felix Femi
Fergus Fernando Finley Fintan Floyd Francesca Franco Fred Freddy Frederick
Frederik Freya Gabriel Garry Geoff Georgina Geraldine Gerard Gerry Gianni
Gilbert Gina Giovanni Giuseppe Gladys Glen Glenda Glenn Gloria Godfrey Gunnar
Gwen Gwyneth Hamish Hamza Hank Hans Harold Harvey Hector Heidi Helmut
Henrietta Herbert Hermione Hilda Hillary Hiroshi Howard Hubert Hugo Hussein
Ibrahim Ida Imran Ingrid Irene Isaac Isabelle Isaiah Ismail Isobel Ivor
Jacinda Jacqueline Jacques Jakub Jan Janice Jared Jarrod Jasmine Jeanette Jeff
Jemima Jenna Jennie Jens Jeremiah Jerome Jerry Jesse Jessie Jimmy Joanne
Jocelyn Joey Johnny Jonah Jonny Jorge Josephine Josiah Juliet Julius Jurgen
Justine Kara Kareem Karim Karl Katarzyna Kathryn Kathy Katrina Kay Kayla
Kelsey Kemal Kenji Kenneth Kenny Khalid Kimberly Kirsten Kofi Kris Krishna
Kristen Kurt Kwame Kwasi Kyle Lachlan Laila Lana Lance Larry Lars Laurence
Lawrence Layla Leah Leanne Leila Len Leonard Lesley Leslie Lillian Lindsey
Lionel Lloyd Lorenzo Lorna Lorraine Lottie Louis Louisa Luca Lucas Lucinda
Luigi Lydia Lynda Lyndon Lynne Mabel Madeleine Maeve Maggie Magnus Mahmoud
Malcolm Mandy Manuel Marcel Marcia Marcus Marek Margaret Margot Marian Mariana
Mario Marion Marjorie Marsha Martha Marty Marvin Matteo Matthias Maureen
Maxine Maxwell Meghan Mehmet Melissa Melvin Meredith Mia Micah Michaela Mick
Mickey Mikhail Mildred Millie Miranda Miriam Mitch Mitchell Mohamed Moira
Molly Monica Morris Muriel Mustafa Myra Nadhim Nadia Nancy Nasser Nathaniel
Neal Ned Nell Nellie Neville Ngozi Nia Niall Niamh Nicky Nicole Nikolai Nils
Nina Nnamdi Noah Nolan Nora Norah Norman Nusrat Oisin Oleg Olga Ollie Olu
Oluwaseun Oprah Oscar Oswald Otis Pablo Padraig Paolo Pauline Pavel Peggy
Percy Perry Phil Philippa Phoebe Phyllis Piers Piotr Polly Pradeep Priscilla
Priya Prudence Quentin Rachael Rafael Rajesh Ralph Randall Randy Rania Ray
Raymond Rebekah Recep Reggie Regina Reginald Reuben Reza Rhian Rhiannon Rhys
Ricardo Rick Ricky Rita Roberta Roberto Rocco Rodney Roland Ron Ronan Ronnie
Rosalind Rosemary Roxanne Roy Ruben Rudy Rupa Rupert Russell Sabrina Sadie
Salman Samir Samira Sanjay Saoirse Sara Scarlett Seamus Segun Serena Sergio
Shabana Shahid Shane Shanti Sheila Shelley Sian Sid Sidney Simone Sinead
Siobhan Sonia Sonny Sophia Stacey Stanley Stefan Stefano Stella Stephanie
Stewart Suella Sunil Suresh Susie Sven Sylvia Tamsin Tanya Tara Tariq Ted
Teddy Terence Teresa Terry Tess Tessa Thelma Theo Theodore Tiffany Tina Tobias
Toby Todd Tomasz Tommy Toni Tracey Travis Trevor Tristan Troy Tunde Tyler Uwe
Valerie Vanessa Vera Vernon Veronica Vicky Vikram Viktor Vince Viola Violet
Vivian Walter Warren Wendell Wendy Wesley Whitney Wilfred Willie Winifred
Wolfgang Wyatt Xavier Yasmin Yousef Youssef Yuki Yuri Yvonne Zach Zachary Zack
Zainab Zoltan
`)

// addCommonFirstNames records every name of commonFirstNames in g.
func (g *gazetteer) addCommonFirstNames() {
	for _, n := range commonFirstNames {
		g.addFirstName(n)
	}
}
