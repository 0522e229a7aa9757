// A panic unwinds: values in scope are dropped (their Drop runs) after the panic message.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("dropping {}", self.0);
    }
}

fn drink(beverage: &str) {
    let _cup = Noisy("cup");
    if beverage == "lemonade" {
        panic!("no {} please", beverage);
    }
    println!("Some refreshing {}", beverage);
}

fn main() {
    let _table = Noisy("table");
    drink("water");
    drink("lemonade");
}
// expect: Some refreshing water
// expect: dropping cup
// expect: dropping cup
// expect: dropping table
// panic: no lemonade please
// panic-at: 13:9
