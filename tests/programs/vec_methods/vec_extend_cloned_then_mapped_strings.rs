// Vec<String>::extend with cloned Strings allocates each clone, then with a mapped into_iter moves each changed String in and frees the source buffer.
let mut v = vec![String::from("a")];
let w = vec![String::from("b"), String::from("c")];
v.extend(w.iter().cloned());
v.extend(w.into_iter().map(|s| s + "!"));
println!("{:?} {}", v, v.capacity());
// expect: ["a", "b", "c", "b!", "c!"] 8
