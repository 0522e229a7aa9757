// Kept iterators are std's own structs: a slice's Iter and Chars are two pointers, CharIndices adds an offset, vec::IntoIter is four words.
let v = vec![1u8, 2, 3];
let s = "abc";
let it = v.iter();
let cs = s.chars();
let ci = s.char_indices();
let bs = s.bytes();
println!("{} {} {} {}", std::mem::size_of_val(&it), std::mem::size_of_val(&cs), std::mem::size_of_val(&ci), std::mem::size_of_val(&bs));
let ii = v.into_iter();
println!("{}", std::mem::size_of_val(&ii));
// expect: 16 16 24 16
// expect: 32
