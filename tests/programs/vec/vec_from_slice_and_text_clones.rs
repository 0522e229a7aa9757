// Vec::from a slice or a reference to an array clones its elements into a buffer of its length; from a &str it copies the bytes, from a String it takes the buffer over.
fn main() {
    let words = [String::from("to"), String::from("be")];
    let copied = Vec::from(&words);
    let part = Vec::from(&words[1..]);
    println!("{:?} {:?} {:?}", words, copied, part);
    let mut grid = [1, 2, 3, 4];
    let row = Vec::from(&mut grid[..2]);
    println!("{:?} {}", row, row.capacity());
    let bytes = Vec::from("hey");
    println!("{:?}", bytes);
    let owned = String::from("abc");
    let taken = Vec::from(owned);
    println!("{:?} {}", taken, taken.capacity());
}
// expect: ["to", "be"] ["to", "be"] ["be"]
// expect: [1, 2] 2
// expect: [104, 101, 121]
// expect: [97, 98, 99] 3
