// Kept `enumerate`, `skip` and `take` are std's structs around the iterator they hold: 24 bytes around a slice's Iter or Chars, 80 around a Split.
fn main() {
    let v = vec![1u8, 2, 3];
    let s = String::from("a:b");
    let e = v.iter().enumerate();
    let k = s.chars().skip(1);
    let t = s.split(':').take(1);
    let w = s.split_whitespace().enumerate();
    let c = s.char_indices().take(2);
    println!("{} {} {} {} {}", std::mem::size_of_val(&e), std::mem::size_of_val(&k), std::mem::size_of_val(&t),
             std::mem::size_of_val(&w), std::mem::size_of_val(&c));
}
// expect: 24 24 80 72 32
