// size_of_val sees through the opaque type: the u8 it hides is one byte, a String 24.
fn small() -> impl std::fmt::Display {
    5u8
}

fn text() -> impl std::fmt::Display {
    String::from("hi")
}

fn main() {
    let a = small();
    let t = text();
    println!("{} {}", std::mem::size_of_val(&a), std::mem::size_of_val(&t));
    println!("{a} {t}");
}
// expect: 1 24
// expect: 5 hi
