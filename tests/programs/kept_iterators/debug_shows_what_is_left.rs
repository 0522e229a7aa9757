// `{:?}` of a kept iterator prints what is left in it, as std's Debug impls write it.
let v = vec![1, 2, 3];
let mut it = v.iter();
it.next();
println!("{:?}", it);
let s = "hé!";
let mut ci = s.char_indices();
ci.next();
println!("{:?}", ci);
println!("{:?}", s.chars());
println!("{:?}", s.bytes());
let words = vec![String::from("a"), String::from("b")];
let mut ii = words.into_iter();
ii.next();
println!("{:?}", ii);
// expect: Iter([2, 3])
// expect: CharIndices { front_offset: 1, iter: Chars(['é', '!']) }
// expect: Chars(['h', 'é', '!'])
// expect: Bytes(Copied { it: Iter([104, 195, 169, 33]) })
// expect: IntoIter(["b"])
