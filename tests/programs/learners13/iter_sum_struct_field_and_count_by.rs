// Totals over a Vec of structs: sum of a mapped field, count of a filter, and average with a guard for empty input.
#[derive(Debug)]
struct Order {
    item: &'static str,
    qty: u32,
    unit_cents: u32,
}

fn average(orders: &[Order]) -> Option<f64> {
    if orders.is_empty() {
        return None;
    }
    let total: u32 = orders.iter().map(|o| o.qty * o.unit_cents).sum();
    Some(total as f64 / orders.len() as f64)
}

fn main() {
    let orders = vec![
        Order { item: "tea", qty: 2, unit_cents: 350 },
        Order { item: "cake", qty: 1, unit_cents: 420 },
        Order { item: "tea", qty: 3, unit_cents: 350 },
    ];
    let tea: u32 = orders.iter().filter(|o| o.item == "tea").map(|o| o.qty).sum();
    let big = orders.iter().filter(|o| o.qty * o.unit_cents > 500).count();
    println!("tea cups {} big orders {}", tea, big);
    println!("{:?} {:?}", average(&orders), average(&[]));
    println!("{:?}", orders.last());
}
// expect: tea cups 5 big orders 2
// expect: Some(723.3333333333334) None
// expect: Some(Order { item: "tea", qty: 3, unit_cents: 350 })
