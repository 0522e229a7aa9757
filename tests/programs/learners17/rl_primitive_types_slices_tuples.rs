// Rustlings-style: chars, arrays of 100, slices of an array and tuple destructuring.
fn main() {
    let my_first_initial = 'C';
    if my_first_initial.is_alphabetic() {
        println!("Alphabetical!");
    } else if my_first_initial.is_numeric() {
        println!("Numerical!");
    } else {
        println!("Neither alphabetic nor numeric!");
    }
    let your_character = '9';
    println!("{} numeric: {}", your_character, your_character.is_numeric());
    let a = [0; 100];
    if a.len() >= 100 {
        println!("Wow, that's a big array!");
    }
    let b = [1, 2, 3, 4, 5];
    let nice_slice = &b[1..4];
    println!("{:?}", nice_slice);
    let cat = ("Furry McFurson", 3.5);
    let (name, age) = cat;
    println!("{} is {} years old.", name, age);
    let numbers = (1, 2, 3);
    let second = numbers.1;
    println!("second {}", second);
}
// expect: Alphabetical!
// expect: 9 numeric: true
// expect: Wow, that's a big array!
// expect: [2, 3, 4]
// expect: Furry McFurson is 3.5 years old.
// expect: second 2
