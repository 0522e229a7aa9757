// Regression (difftest): to_uppercase maps every letter as std does, not only ASCII: ß becomes SS and ŉ becomes ʼN, and the String grows past the text's length as push would grow it.
let a = String::from("straße").to_uppercase();
println!("{} {} {}", a, a.len(), a.capacity());
let b = "ŉ".to_uppercase();
println!("{} {} {}", b, b.len(), b.capacity());
let c = "žluťoučký kůň".to_uppercase();
println!("{} {} {}", c, c.len(), c.capacity());
// expect: STRASSE 7 7
// expect: ʼN 3 8
// expect: ŽLUŤOUČKÝ KŮŇ 19 19
