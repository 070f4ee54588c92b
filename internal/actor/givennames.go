package actor

import (
	"strings"

	"github.com/storyline/storyline/internal/nlp"
)

// worldGivenNames are given names common in naming traditions beside the
// English one that the model's list of given names (nlp's
// commonFirstNames, mostly English and the best-known names of a few
// other nations) leaves out: Irish, Welsh and Scottish Gaelic, South
// Asian, Arabic, Persian and Turkish, West, East and Southern African,
// Polish and other Slavic, Spanish, Portuguese and Brazilian, Italian,
// French, German, Dutch and Nordic, and Japanese. Rules that ask whether
// a name opens with a given name (a firm's trade noun before it, a
// person's shape against one cue of a body) then read "Tomás Ó Briain" or
// "Developer Ravi Chaudhry" as they read "Developer Sarah Chaudhry".
// Names that are mostly words of English ("Precious", "Raj", "Dev"),
// places ("Santiago", "Milan", "Iona") or surnames in news text are left
// out. These are given names, not a list of people.
var worldGivenNames = setOf(strings.Join(strings.Fields(`
Aoife Aisling Ciara Caoimhe Clodagh Grainne Gráinne Eimear Orla Orlaith Roisin Róisín Deirdre
Muireann Aoibhinn Sorcha Ailbhe Nuala Mairead Máire Bríd Fionnuala Cathal Ciaran Ciarán Cian Colm
Conall Darragh Diarmuid Donncha Eoin Eoghan Fearghal Feargal Fionn Oisín Pádraig Ruairi Ruairí
Séamus Seán Tadhg Tomás Dáithí Caoimhín Niall Siún Sadhbh Clíona
Rhodri Dafydd Gethin Geraint Gwilym Huw Iolo Ieuan Iwan Llinos Lowri Mared Seren Sioned Siân Tegan
Carys Catrin Cerys Eluned Ffion Angharad Bethan Elin Heledd Meinir Aled Emyr Gruffydd Hywel Ifan
Osian Owain Steffan Trystan Alun Arwel Deiniol
Ailsa Catriona Eilidh Morag Mhairi Shona Ruaridh Ruairidh Calum Euan Ewan Murdo Alasdair Ruari
Aarav Aditya Ajay Akash Amar Anjali Ankit Aruna Asha Bhavna Deepa Dinesh Divya Ganesh Gita Gopal
Harish Harjit Harpreet Hardeep Gurpreet Gurdeep Inderjit Jaspreet Jaswinder Jyoti Kavita Kiran
Lakshmi Manish Manoj Meena Meera Mohan Nadeem Naveen Neha Nikhil Nisha Parvinder Pooja Prakash
Rakesh Ramesh Ranjit Ravi Reena Rekha Rohan Rohit Sachin Sandeep Sanjeev Santosh Sarita Seema
Shilpa Shreya Sita Sudhir Sunita Swati Usha Vijay Vinod Vivek Anoushka Parminder Sukhwinder
Rupinder Mandeep Kuldip Balvinder Ajit Nikita Tanvi Nasreen Shazia Farhan Faisal Irfan Junaid
Kashif Naveed Rizwan Shoaib Tahir Usman Waqar Zubair Zahid Asif Arif Saima Sana Sadia Rubina Nazia
Humaira Salim Saleem Wasim Rashid Rahim Anwar Rukhsana Shabnam Tasneem
Abdullah Amina Amira Aziz Fadi Farid Habib Hani Jamal Khaled Majid Mariam Maryam Nabil Noor Nour
Rami Sami Tarek Walid Yasmine Zaid Ziad Hossein Mohsen Mehdi Dariush Shirin Parisa Farzana
Ahmet Ayşe Burak Cem Elif Emre Fatma Hakan Murat Orhan Selim Serkan Tolga Zeynep
Adaeze Adeola Adewale Akin Amaka Abimbola Babajide Bola Chiamaka Chidinma Chika Chioma Chinonso
Chukwuemeka Emeka Folake Funmilayo Funmi Ifeoma Ikechukwu Kayode Kehinde Taiwo Kunle Nkechi Nneka
Obinna Olamide Seun Temitope Tope Uche Yemi Yetunde Kwabena Kwaku Kojo Yaw Akosua Abena Efua Esi
Adjoa Afua Kweku Akua Jide Dapo Bukola Toyin Wale Gbenga Sola Wanjiru Wangari Njeri Amani Jomo
Makena Zawadi Tendai Tatenda Farai Rutendo Thabo Sipho Thandiwe Lerato Nomvula Themba Bongani
Zanele Tesfaye Abebe Yohannes Dawit
Agnieszka Aleksandra Bartosz Beata Dorota Ewa Grzegorz Jacek Janusz Kasia Krzysztof Łukasz Lukasz
Magda Magdalena Małgorzata Malgorzata Marcin Marta Mateusz Michał Michal Monika Paweł Pawel
Wojciech Zbigniew Zofia Zuzanna Ondřej Jiří Ivana Dragan Goran Zoran Nikola Miloš Milos Dušan
Bogdan Vasile Ionut Andrei Mihai Florin Radu Alina Ioana Oksana Olena Svetlana Tatiana Natalia
Irina Yulia Dmitri Alexei Sergey Andriy Taras Mykola Vitali Yevgeny Anastasia Ekaterina Galina
Alejandro Alejandra Álvaro Alvaro Andrés Beatriz Diego Eduardo Esteban Fernanda Gonzalo Iñaki
Jaime Joaquín Joaquin Juana Lucía Luciana Marisol Mateo Miguel Nicolás Pilar Ramón Ramon Raúl Raul
Rocío Sofía Valentina Ximena Tiago João Joao Gonçalo Duarte Rui Nuno Catarina Inês Leonor Rafaela
Thiago Vinícius Gabriela Fabiana Renata Luíza Marcelo Rodrigo Sérgio Paulo Vítor Henrique Felipe
Filipe Afonso Andreia
Alessandra Alessia Carlo Chiara Daniele Davide Enrico Federica Federico Filippo Francesco
Gianluca Giulia Giulio Leonardo Massimo Maurizio Niccolò Paola Riccardo Salvatore Silvia Simona
Vittorio Emilio
Amélie Antoine Aurélie Benoît Benoit Camille Céline Chantal Christophe Clément Delphine Élodie
Émile Étienne Fabrice François Guillaume Hélène Juliette Laurent Mathieu Nathalie Olivier Pascal
Sandrine Sébastien Thierry Yannick Yann Hugues Stéphane Valérie Sylvie Véronique Ségolène Margaux
Manon Léa
Birgit Dirk Florian Friedrich Gerhard Günter Heike Helga Jörg Jürgen Karsten Katja Lukas
Maximilian Sabine Stefanie Thorsten Ulrich Ute Wilhelm Anke Annelie Bram Daan Femke Joost Maarten
Pieter Ruud Sander Sanne Willem Wouter Anneke Lotte Astrid Bjørn Björn Freja Henrik Johan Kari
Kristian Linnea Mats Mette Sigrid Solveig Stig Torsten Ulla Kasper Mikkel Rasmus Søren Jukka Mikko
Aino Juha
Akiko Haruki Hiroko Kazuo Keiko Naoko Sachiko Satoshi Shinzo Takashi Takeshi Tomoko Yoko Yoshiko
Yuko Yumi Haruto
`), " "))

// knownGivenName reports whether the model knows w as a given name or it
// is one of worldGivenNames.
func knownGivenName(w string) bool {
	return givenMemo.get(w, lookUpGivenName) != 0
}

// givenMemo remembers knownGivenName's answers (1: a given name).
var givenMemo wordMemo

func lookUpGivenName(w string) uint8 {
	if nlp.DefaultModel().GivenName(w) || worldGivenNames[w] {
		return 1
	}
	return 0
}
