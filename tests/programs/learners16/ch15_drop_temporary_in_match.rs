// A Drop temporary made in a match scrutinee lives to the end of the match; one in a let dies at its semicolon.
struct Loud(u8);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

impl Loud {
    fn value(&self) -> u8 {
        self.0
    }
}

fn main() {
    let v = Loud(1).value();
    println!("got {}", v);
    match Loud(2).value() {
        2 => println!("two"),
        _ => println!("other"),
    }
    println!("end");
}
// expect: drop 1
// expect: got 1
// expect: two
// expect: drop 2
// expect: end
