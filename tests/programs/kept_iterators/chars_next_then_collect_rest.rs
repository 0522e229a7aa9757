// Chars kept in a variable: `next` decodes one UTF-8 char at a time; collecting the rest allocates from what is left.
let s = String::from("héllo");
let mut cs = s.chars();
println!("{:?}", cs.next());
println!("{:?}", cs.next());
let rest: String = cs.collect();
println!("{} {}", rest, rest.capacity());
// expect: Some('h')
// expect: Some('é')
// expect: llo 8
