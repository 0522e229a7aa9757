// Result<Vec<u8>, String> carries a tag word before either payload; each arm frees the buffer it owns when the value drops.
fn parse(text: &str) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    for part in text.split(',') {
        match part.trim().parse::<u8>() {
            Ok(n) => out.push(n),
            Err(_) => return Err(format!("bad number: {}", part.trim())),
        }
    }
    Ok(out)
}

fn main() {
    let good = parse("1, 2, 3");
    let bad = parse("4, x, 6");
    match &good {
        Ok(v) => println!("ok {:?} cap {}", v, v.capacity()),
        Err(e) => println!("err {}", e),
    }
    match bad {
        Ok(v) => println!("ok {:?}", v),
        Err(e) => println!("err {}", e),
    }
    let results = vec![good, Err(String::from("later")), Ok(vec![9])];
    let total: usize = results.iter().map(|r| match r {
        Ok(v) => v.len(),
        Err(e) => e.len(),
    }).sum();
    println!("{}", total);
}
// expect: ok [1, 2, 3] cap 8
// expect: err bad number: x
// expect: 9
