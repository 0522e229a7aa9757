// format! and println! drop their arguments' temporaries when they finish, before the rest of the statement runs.
let pair = (format!("{}!", String::from("ab")), String::from("cd"));
println!("{} {}", pair.0, pair.1);
let n = format!("{}", String::from("xyz")).len() + String::from("four").len();
println!("{}", n);
let v = vec![String::from("e").len(), format!("{}", String::from("fg")).len()];
println!("{:?}", v);
// expect: ab! cd
// expect: 7
// expect: [1, 2]
