// A kept Peekable is std's struct `{ iter, peeked: Option<Option<Item>> }`: its size follows the item's niches.
fn main() {
    let v = vec![1u8, 2, 3];
    let s = String::from("ab");
    let a = v.iter().peekable();
    let b = s.chars().peekable();
    let c = s.bytes().peekable();
    let d = s.char_indices().peekable();
    let e = s.split(',').peekable();
    println!("{} {} {} {} {}", std::mem::size_of_val(&a), std::mem::size_of_val(&b), std::mem::size_of_val(&c),
             std::mem::size_of_val(&d), std::mem::size_of_val(&e));
}
// expect: 32 24 24 40 96
