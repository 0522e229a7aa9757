// `if let Some(x) = opt` runs the block only when there is a value, binding it to x.
fn main() {
    let config_max = Some(3u8);
    if let Some(max) = config_max {
        println!("The maximum is configured to be {max}");
    }
    let nothing: Option<u8> = None;
    if let Some(max) = nothing {
        println!("never {max}");
    } else {
        println!("no maximum");
    }
}
// expect: The maximum is configured to be 3
// expect: no maximum
