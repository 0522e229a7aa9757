// Rustlings-style: shadowing a string binding with a number of another type.
fn main() {
    let number = "T-H-R-E-E";
    println!("Spell a number: {}", number);
    let number = 3;
    println!("Number plus two is: {}", number + 2);
    const NUMBER: i32 = 3;
    println!("constant: {}", NUMBER);
}
// expect: Spell a number: T-H-R-E-E
// expect: Number plus two is: 5
// expect: constant: 3
