// A state machine whose transitions take the state by value and return the next one, moving the String along.
#[derive(Debug)]
enum Order {
    Cart(Vec<String>),
    Paid { items: usize, total: u32 },
    Shipped(String),
}

impl Order {
    fn pay(self, total: u32) -> Order {
        match self {
            Order::Cart(items) => Order::Paid { items: items.len(), total },
            other => other,
        }
    }

    fn ship(self, tracking: &str) -> Order {
        match self {
            Order::Paid { .. } => Order::Shipped(String::from(tracking)),
            other => other,
        }
    }
}

fn main() {
    let order = Order::Cart(vec![String::from("book"), String::from("pen")]);
    let order = order.pay(1250);
    println!("{:?}", order);
    let order = order.ship("ZX-9");
    println!("{:?}", order);
}
// expect: Paid { items: 2, total: 1250 }
// expect: Shipped("ZX-9")
