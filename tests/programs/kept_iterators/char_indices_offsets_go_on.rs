// A kept CharIndices remembers its byte offset: after two `next`s the third char starts at byte 3 of "héllo".
let s = "héllo wörld";
let mut ci = s.char_indices();
ci.next();
ci.next();
println!("{:?}", ci.next());
println!("{:?}", ci.find(|&(_, c)| c == 'w'));
println!("{:?}", ci.next());
// expect: Some((3, 'l'))
// expect: Some((7, 'w'))
// expect: Some((8, 'ö'))
