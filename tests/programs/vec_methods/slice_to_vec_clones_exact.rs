// A slice's to_vec: one Vec of exactly the slice's length, each element cloned in order (Strings get buffers of their own), nothing allocated for an empty slice.
fn main() {
    let v = vec![1, 2, 3, 4];
    let first_two = v[..2].to_vec();
    println!("{:?}", first_two);
    let words = [String::from("ab"), String::from("cde")];
    let copy = words.to_vec();
    let tail = words[1..].to_vec();
    let none = v[4..].to_vec();
    println!("{:?} {:?} {:?} {}", copy, tail, none, none.capacity());
}
// expect: [1, 2]
// expect: ["ab", "cde"] ["cde"] [] 0
