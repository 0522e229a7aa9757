// Passing `&String` lets a function read the String without taking ownership.
fn calculate_length(s: &String) -> usize {
    s.len()
}

fn main() {
    let s1 = String::from("hello");
    let len = calculate_length(&s1);
    println!("The length of '{s1}' is {len}.");
}
// expect: The length of 'hello' is 5.
