// Vec<String>::extend with another Vec<String> moves the Strings in: their buffers stay, only the other Vec's buffer is freed.
let mut names = vec![String::from("Ada")];
let more = vec![String::from("Grace"), String::from("Linus")];
names.extend(more);
println!("{:?}", names);
// expect: ["Ada", "Grace", "Linus"]
