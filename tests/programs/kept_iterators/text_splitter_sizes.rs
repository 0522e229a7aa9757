// A kept `Split<'_, char>` and `Lines` take 72 bytes and a `SplitWhitespace` 64, as std lays them out; an Option around a Split uses its char's niche.
fn main() {
    let s = String::from("a b\nc");
    let split = s.split(' ');
    let words = s.split_whitespace();
    let lines = s.lines();
    println!("{} {} {}", std::mem::size_of_val(&split), std::mem::size_of_val(&words), std::mem::size_of_val(&lines));
    let maybe = Some(s.split(','));
    println!("{}", std::mem::size_of_val(&maybe));
}
// expect: 72 64 72
// expect: 72
