// Regression (found by fuzzing): a `loop` whose body runs no statement took no step, so the step budget never stopped it and the engine hung.
println!("before the loop");
loop {
    {}
}
// expect: before the loop
// limit: budget
