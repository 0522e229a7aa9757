// A str's Debug writes the opening quote, each run of plain text, each escape and the closing quote apart.
let s = String::from("héllo\n\"q\"");
let d = format!("{:?}", s);
println!("{} {}", d, d.capacity());
// expect: "héllo\n\"q\"" 16
