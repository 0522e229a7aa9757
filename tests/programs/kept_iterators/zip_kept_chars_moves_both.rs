// A kept Zip around Chars is std's general Zip: both iterators move at each `next`, and Debug shows them (`Zip { a: Chars([..]), b: Iter([..]) }`).
fn main() {
    let word = "héllo";
    let counts = [1, 2, 3];
    let mut z = word.chars().zip(counts.iter());
    println!("{} {:?}", std::mem::size_of_val(&z), z);
    println!("{:?}", z.next());
    println!("{:?} {:?}", z, z.size_hint());
    let rest: Vec<(char, &i32)> = z.collect();
    println!("{:?}", rest);
}
// expect: 48 Zip { a: Chars(['h', 'é', 'l', 'l', 'o']), b: Iter([1, 2, 3]) }
// expect: Some(('h', 1))
// expect: Zip { a: Chars(['é', 'l', 'l', 'o']), b: Iter([2, 3]) } (2, Some(2))
// expect: [('é', 2), ('l', 3)]
