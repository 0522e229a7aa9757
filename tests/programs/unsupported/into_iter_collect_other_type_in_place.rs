// std collects `Vec<String>` into_iter().map(len) into the Strings' own buffer (usize fits in a String's place); the engine says it does not model that.
let v = vec![String::from("a"), String::from("bb")];
let lens: Vec<usize> = v.into_iter().map(|s| s.len()).collect();
println!("{:?} {}", lens, lens.capacity());
// expect: [1, 2] 6
// unsupported: collecting `String`s into a `Vec<usize>`
