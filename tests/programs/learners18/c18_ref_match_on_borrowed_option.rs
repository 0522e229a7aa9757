// Matching &Option<String> gives &String bindings by default binding modes; as_deref for &str.
fn describe(name: &Option<String>) -> String {
    match name {
        Some(n) if n.is_empty() => "empty name".to_string(),
        Some(n) => format!("name {n} ({} bytes)", n.len()),
        None => "anonymous".to_string(),
    }
}

fn main() {
    let names = vec![Some("Ann".to_string()), None, Some(String::new())];
    for n in &names {
        println!("{}", describe(n));
    }
    let first: Option<&str> = names[0].as_deref();
    println!("{first:?} {}", names.len());
    let mut maybe = Some(3);
    if let Some(x) = &mut maybe {
        *x += 1;
    }
    println!("{maybe:?}");
}
// expect: name Ann (3 bytes)
// expect: anonymous
// expect: empty name
// expect: Some("Ann") 3
// expect: Some(4)
