// ok_or turns a missing value into an error, and_then chains a lookup that may fail, map_err rewrites the error.
use std::collections::HashMap;

fn price(stock: &HashMap<&str, u32>, item: &str, qty: u32) -> Result<u32, String> {
    stock
        .get(item)
        .ok_or(format!("no {item}"))
        .and_then(|p| p.checked_mul(qty).ok_or(String::from("overflow")))
        .map_err(|e| format!("error: {e}"))
}

fn main() {
    let stock = HashMap::from([("apple", 3), ("pear", u32::MAX)]);
    println!("{:?}", price(&stock, "apple", 4));
    println!("{:?}", price(&stock, "kiwi", 1));
    println!("{:?}", price(&stock, "pear", 2));
}
// expect: Ok(12)
// expect: Err("error: no kiwi")
// expect: Err("error: overflow")
