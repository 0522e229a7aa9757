// Vec::from([..]) builds the array first, then moves it into a buffer of exactly its length (std's Box::new(array) then into_vec), where vec![..] allocates the buffer first.
fn main() {
    let names = Vec::from([String::from("ada"), String::from("grace"), String::from("linus")]);
    println!("{:?} {} {}", names, names.len(), names.capacity());
    let mut numbers = Vec::from([3, 1, 2]);
    numbers.push(4);
    println!("{:?} {}", numbers, numbers.capacity());
    let empty: Vec<u8> = Vec::from([]);
    println!("{:?} {}", empty, empty.capacity());
    let same = vec![String::from("ada"), String::from("grace")];
    println!("{}", same == names[..2]);
}
// expect: ["ada", "grace", "linus"] 3 3
// expect: [3, 1, 2, 4] 6
// expect: [] 0
// expect: true
