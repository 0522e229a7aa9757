// A kept Map is lazy: its closure runs only when an item is asked for, so its prints interleave with the loop's.
fn main() {
    let names = vec!["ann", "bob"];
    let upper = names.iter().map(|n| {
        println!("mapping {}", n);
        n.to_uppercase()
    });
    println!("nothing mapped yet");
    for u in upper {
        println!("got {}", u);
    }
}
// expect: nothing mapped yet
// expect: mapping ann
// expect: got ANN
// expect: mapping bob
// expect: got BOB
