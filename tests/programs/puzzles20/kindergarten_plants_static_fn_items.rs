// Kindergarten garden (Exercism): `diagram.lines().flat_map(..).map(plant).collect()` gives `&'static str`s made by `fn plant(c: char) -> &'static str`, which borrow nothing of diagram, so returning them as `Vec<&'static str>` and dropping the source String are fine (both were false errors).
const STUDENTS: [&str; 4] = ["Alice", "Bob", "Charlie", "David"];

fn plant(c: char) -> &'static str {
    match c {
        'G' => "grass",
        'C' => "clover",
        'R' => "radishes",
        'V' => "violets",
        _ => panic!("unknown plant {}", c),
    }
}

fn plants(diagram: &str, student: &str) -> Vec<&'static str> {
    let idx = STUDENTS.iter().position(|s| *s == student).unwrap();
    diagram.lines().flat_map(|row| row.chars().skip(idx * 2).take(2)).map(plant).collect()
}

fn first_plants(diagram: &str) -> Vec<&'static str> {
    diagram.chars().take(2).map(|c| plant(c)).collect()
}

fn main() {
    let diagram = String::from("VRCGVVRVCGGC\nVRCCCGCRRGVC");
    let alice = plants(&diagram, "Alice");
    let first: Option<&'static str> = diagram.chars().map(plant).next();
    let firsts = first_plants(&diagram);
    drop(diagram);
    println!("{:?} {:?} {:?}", alice, first, firsts);
}
// expect: ["violets", "radishes", "violets", "radishes"] Some("violets") ["violets", "radishes"]
