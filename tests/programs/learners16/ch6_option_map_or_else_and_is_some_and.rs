// Option's map_or, map_or_else, is_some_and and ok_or_else on a learner's config lookup.
fn port(s: Option<&str>) -> Result<u16, String> {
    s.ok_or_else(|| String::from("no port"))?.parse::<u16>().map_err(|e| e.to_string())
}

fn main() {
    let name: Option<&str> = Some("server");
    println!("{}", name.map_or(0, |n| n.len()));
    println!("{}", name.map_or_else(|| String::from("?"), |n| n.to_uppercase()));
    println!("{} {}", name.is_some_and(|n| n.starts_with('s')), None::<&str>.is_some_and(|n| n.is_empty()));
    println!("{:?} {:?} {:?}", port(Some("8080")), port(None), port(Some("99999")));
}
// expect: 6
// expect: SERVER
// expect: true false
// expect: Ok(8080) Err("no port") Err("number too large to fit in target type")
