// Converting errors to String with map_err(|e| e.to_string()) and ? in a Result<_, String> fn.
fn avg(list: &str) -> Result<f64, String> {
    let mut nums = Vec::new();
    for part in list.split(',') {
        let n: f64 = part.trim().parse().map_err(|e: std::num::ParseFloatError| format!("{part:?}: {e}"))?;
        nums.push(n);
    }
    if nums.is_empty() {
        return Err("empty".to_string());
    }
    Ok(nums.iter().sum::<f64>() / nums.len() as f64)
}

fn main() {
    println!("{:?}", avg("1, 2, 4.5"));
    println!("{:?}", avg("1, x"));
    println!("{:?}", avg(""));
}
// expect: Ok(2.5)
// expect: Err("\" x\": invalid float literal")
// expect: Err("\"\": cannot parse float from empty string")
