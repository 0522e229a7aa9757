// panic! on a forbidden value: the first call prints, the second panics with the message.
fn drink(beverage: &str) {
    if beverage == "lemonade" {
        panic!("AAAaaaaa!!!!");
    }
    println!("Some refreshing {} is all I need.", beverage);
}

fn main() {
    drink("water");
    drink("lemonade");
    drink("still water");
}
// expect: Some refreshing water is all I need.
// panic: AAAaaaaa!!!!
// panic-at: 4:9
