// A `main` returning Ok(()) ends the process normally, after its locals are dropped.
fn main() -> Result<(), std::num::ParseIntError> {
    let v = vec![1, 2, 3];
    let n: usize = "2".parse()?;
    println!("{}", v[n]);
    Ok(())
}
// expect: 3
