// Struct update syntax from Default::default() and from a clone, a comparison by derived PartialEq, and a final update moving the rest.
#[derive(Debug, Default, Clone, PartialEq)]
struct Settings {
    volume: u8,
    muted: bool,
    name: String,
    tags: Vec<String>,
}

fn main() {
    let base = Settings { name: "base".to_string(), ..Default::default() };
    let loud = Settings { volume: 11, ..base.clone() };
    println!("{:?}", base);
    println!("{:?}", loud);
    println!("{}", loud == base);
    let quiet = Settings { muted: true, tags: vec!["night".into()], ..loud };
    println!("{:#?}", quiet);
}
// expect: Settings { volume: 0, muted: false, name: "base", tags: [] }
// expect: Settings { volume: 11, muted: false, name: "base", tags: [] }
// expect: false
// expect: Settings {
// expect:     volume: 11,
// expect:     muted: true,
// expect:     name: "base",
// expect:     tags: [
// expect:         "night",
// expect:     ],
// expect: }
