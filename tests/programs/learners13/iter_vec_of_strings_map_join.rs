// Building sentences: map with to_string, join, concat of owned Strings, and chars().count() of each.
fn main() {
    let names = vec!["Ferris", "Corro", "Tux"];
    let greetings: Vec<String> = names.iter().map(|n| format!("Hello, {}!", n)).collect();
    println!("{}", greetings.join(" "));
    let lens: Vec<usize> = greetings.iter().map(|g| g.chars().count()).collect();
    println!("{:?}", lens);
    let initials: String = names.iter().map(|n| n.chars().next().unwrap()).collect();
    println!("initials {}", initials);
    let upper: Vec<String> = names.iter().map(|n| n.to_uppercase()).collect();
    println!("{}", upper.concat());
    let longest = names.iter().copied().max_by_key(|n| n.len()).unwrap_or("none");
    println!("longest {}", longest);
}
// expect: Hello, Ferris! Hello, Corro! Hello, Tux!
// expect: [14, 13, 11]
// expect: initials FCT
// expect: FERRISCORROTUX
// expect: longest Ferris
