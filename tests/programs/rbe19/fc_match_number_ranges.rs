// match on a number with a single value, alternatives, an inclusive range and a catch-all.
fn classify(number: i32) {
    print!("{}: ", number);
    match number {
        1 => println!("One!"),
        2 | 3 | 5 | 7 | 11 => println!("This is a prime"),
        13..=19 => println!("A teen"),
        _ => println!("Ain't special"),
    }
}

fn main() {
    for n in [1, 7, 13, 19, 20, 4] {
        classify(n);
    }
    let boolean = true;
    let binary = match boolean {
        false => 0,
        true => 1,
    };
    println!("{} -> {}", boolean, binary);
}
// expect: 1: One!
// expect: 7: This is a prime
// expect: 13: A teen
// expect: 19: A teen
// expect: 20: Ain't special
// expect: 4: Ain't special
// expect: true -> 1
