// Vec<String>::extend with an iterator of &String is E0271: only Copy elements can be extended by reference.
let mut names: Vec<String> = Vec::new();
let more = vec![String::from("Grace")];
names.extend(more.iter());
println!("{:?}", names);
// error: E0271 at 4:14
// headline: differs: rustc trims std's path here (`Iter<'_, String>`) where other messages keep it
