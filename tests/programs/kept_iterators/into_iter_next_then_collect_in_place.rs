// A kept vec::IntoIter gives its first String to `next`; collecting the rest reuses its buffer (capacity 3, no new allocation).
let words = vec![String::from("a"), String::from("bb"), String::from("ccc")];
let mut it = words.into_iter();
let first = it.next().unwrap();
let rest: Vec<String> = it.collect();
println!("{} {:?} {}", first, rest, rest.capacity());
// expect: a ["bb", "ccc"] 3
