// The book's guessing game imports the `rand` crate, which a program here cannot have: rustc's E0432 at `rand`, named alone.
use rand::Rng;
use std::io;

fn main() {
    println!("Guess the number!");
    let secret_number = rand::thread_rng().gen_range(1..=100);
    let mut guess = String::new();
    io::stdin().read_line(&mut guess).expect("Failed to read line");
    println!("You guessed: {guess} (the secret was {secret_number})");
}
// error: E0432 at 2:5
