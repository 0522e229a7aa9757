// In {:#?} each nesting level writes its own four spaces before a line, so the String grows by many small writes.
let v = Some((1, vec![2]));
let s = format!("{:#?}", v);
println!("{}", s.len());
println!("{}", s.capacity());
println!("{}", s);
// expect: 67
// expect: 128
// expect: Some(
// expect:     (
// expect:         1,
// expect:         [
// expect:             2,
// expect:         ],
// expect:     ),
// expect: )
