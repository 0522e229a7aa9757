// scan's state, a String grown at each word, is dropped with the iterator after collect; each Some holds a copy.
let words = vec!["a", "bc", "def"];
let prefixes: Vec<String> = words
    .iter()
    .scan(String::new(), |acc, w| {
        acc.push_str(w);
        Some(acc.clone())
    })
    .collect();
println!("{:?}", prefixes);
// expect: ["a", "abc", "abcdef"]
