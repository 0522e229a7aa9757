// Comparing two Box<dyn Trait> by a method result, and sorting a Vec<Box<dyn Trait>> by a key.
trait Item {
    fn price(&self) -> u32;
    fn label(&self) -> String;
}

struct Book(u32);
struct Pen(u32);

impl Item for Book {
    fn price(&self) -> u32 {
        self.0
    }
    fn label(&self) -> String {
        format!("book ${}", self.0)
    }
}

impl Item for Pen {
    fn price(&self) -> u32 {
        self.0
    }
    fn label(&self) -> String {
        format!("pen ${}", self.0)
    }
}

fn main() {
    let mut cart: Vec<Box<dyn Item>> = vec![Box::new(Book(12)), Box::new(Pen(2)), Box::new(Book(7))];
    cart.sort_by_key(|i| i.price());
    let labels: Vec<String> = cart.iter().map(|i| i.label()).collect();
    println!("{}", labels.join(" | "));
    println!("{}", cart[0].price() == cart[1].price());
    let total: u32 = cart.iter().map(|i| i.price()).sum();
    println!("total {total}");
}
// expect: pen $2 | book $7 | book $12
// expect: false
// expect: total 21
