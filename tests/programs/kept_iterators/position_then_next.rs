// `position` counts from where a kept iterator stands, and the next item is the one after the match.
let v = vec!['a', 'b', 'c', 'd', 'e'];
let mut it = v.iter();
it.next();
println!("{:?}", it.position(|&c| c == 'c'));
println!("{:?}", it.next());
println!("{:?}", it.position(|&c| c == 'a'));
println!("{:?}", it.next());
// expect: Some(1)
// expect: Some('d')
// expect: None
// expect: None
