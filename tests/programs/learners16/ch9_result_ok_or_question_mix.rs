// Converting an Option to a Result with ok_or before `?`, in a lookup returning Result<_, String>.
fn price_of(item: &str) -> Result<u32, String> {
    let prices = [("tea", 3), ("cake", 5)];
    let (_, p) = prices.iter().find(|(n, _)| *n == item).ok_or(format!("no item {}", item))?;
    Ok(*p)
}

fn main() {
    println!("{:?} {:?}", price_of("cake"), price_of("pie"));
}
// expect: Ok(5) Err("no item pie")
